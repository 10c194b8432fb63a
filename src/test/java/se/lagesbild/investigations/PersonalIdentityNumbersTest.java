package se.lagesbild.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "811218-9876",
                "19811218-9876",
                "198112189876",
                "8112189876",
                "811218+9876",
                // samordningsnummer: day + 60 (the 3rd)
                "701063-2391",
                "7010632391",
                "19701063-2391",
                // leap day with and without century
                "000229-1235",
                "20000229-1235",
                "200002291235",
                // inside other text, with spaces around
                "ärende för 811218-9876",
                " 198112189876 ",
                "x;811218-9876;y",
                "U-8112189876",
                "Ref 20000229-1235.",
                // issue 20's probe: a space, an en dash, full-width digits, a dot; and their kin
                "19121212 1212",
                "121212 1212",
                "19121212\u20131212",
                "121212\u20131212",
                "１９１２１２１２－１２１２",
                "１２１２１２１２１２",
                "121212.1212",
                "19121212.1212",
                "121212\u00A01212",
                "121212\u22121212",
                "121212\u20141212"
            })
    void findsPersonalIdentityNumbers(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // wrong check digit
                "811218-9875",
                "8112189875",
                "19811218-9875",
                "7010632392",
                // check digit right, but no date: month 13, day 32, day 92 (samordning 32), 29 Feb 2021
                "8113189875",
                "8112329878",
                "8112929867",
                "210229-1230",
                // century 21 is nobody yet; a 12-digit run read as 10 digits is not taken apart
                "218112189876",
                "12345678901234",
                "98112189876",
                "8112189876123",
                // ordinary values of a case file
                "U-1A2B3C4D",
                "2021-08-31",
                "20210831",
                "1234567897x",
                "Barn- och ungdomsenheten",
                // a separator with a wrong check digit is no number; a date beside a number neither
                "121212 1213",
                "121212.1213",
                "2021-08-31 1234",
                "",
                "  "
            })
    void leavesOtherValuesAlone(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).as(text).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aChecksumInvalidTenDigitNumberIsNotOne() {
        assertThat(PersonalIdentityNumbers.luhn("8112189875")).isFalse();
        assertThat(PersonalIdentityNumbers.containsOne("8112189875")).isFalse();
        assertThat(PersonalIdentityNumbers.containsOne(null)).isFalse();
    }
}
