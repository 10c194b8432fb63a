package se.lagesbild.economy.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an economy file: its Swedish header and the other spellings accepted for it (codes).
 * Headers are compared without case, spaces, underscores, hyphens, dots and parentheses, so
 * "Belopp (tkr)", "belopp tkr" and "amount_tkr" all name {@link #AMOUNT}.
 */
enum Column {
    YEAR("År", "ar", "year"),
    MONTH("Månad", "manad", "month"),
    ROUND_MONTH("Prognosmånad", "prognosmanad", "forecast_month", "round_month", "prognosomgång"),
    ACTIVITY("Verksamhet", "verksamhetskod", "activity", "activity_code"),
    COST_TYPE("Kostnadsslag", "kostnadsslagskod", "cost_type", "cost_type_code"),
    AMOUNT("Belopp tkr", "belopp", "amount_tkr", "amount"),
    ANNUAL_AMOUNT("Årsbelopp tkr", "årsbelopp", "annual_amount_tkr", "annual_amount", "årsbudget", "årsbudget tkr"),
    FULL_YEAR_AMOUNT(
            "Helårsbelopp tkr",
            "helårsbelopp",
            "helårsprognos",
            "helårsprognos tkr",
            "full_year_amount_tkr",
            "full_year_amount"),
    JAN("Jan", "januari"),
    FEB("Feb", "februari"),
    MAR("Mar", "mars"),
    APR("Apr", "april"),
    MAY("Maj", "may"),
    JUN("Jun", "juni"),
    JUL("Jul", "juli"),
    AUG("Aug", "augusti"),
    SEP("Sep", "september", "sept"),
    OCT("Okt", "oktober", "oct"),
    NOV("Nov", "november"),
    DEC("Dec", "december");

    /** The budget's optional monthly profile, January to December. */
    static final List<Column> PROFILE = List.of(JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV, DEC);

    private final String header;
    private final List<String> spellings;

    Column(String header, String... aliases) {
        this.header = header;
        this.spellings = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(header, name()), Arrays.stream(aliases))
                .map(Column::normalise)
                .toList();
    }

    /** The Swedish header, as the docs and the example files write it. */
    String header() {
        return header;
    }

    static Optional<Column> of(String header) {
        String wanted = normalise(header);
        return Arrays.stream(values()).filter(c -> c.spellings.contains(wanted)).findFirst();
    }

    private static String normalise(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0\\u202F_\\-.()]", "");
    }
}
