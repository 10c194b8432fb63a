package se.lagesbild.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    @Test
    void amountsAreGroupedWithNonBreakingSpacesAndARealMinus() {
        assertThat(SwedishFormat.tkr(new BigDecimal("-1924"))).isEqualTo("\u22121\u00A0924");
        assertThat(SwedishFormat.tkr(new BigDecimal("-270816.6"))).isEqualTo("\u2212270\u00A0817");
        assertThat(SwedishFormat.tkr(new BigDecimal("909"))).isEqualTo("909");
        assertThat(SwedishFormat.tkr(new BigDecimal("-0.4"))).isEqualTo("0");
        assertThat(SwedishFormat.tkr(null)).isEmpty();
    }

    @Test
    void roundingIsHalfAwayFromZeroAsInTheReports() {
        assertThat(SwedishFormat.wholeTkr(new BigDecimal("-1181.5"))).isEqualTo(-1182);
        assertThat(SwedishFormat.wholeTkr(new BigDecimal("1181.5"))).isEqualTo(1182);
        assertThat(SwedishFormat.wholeTkr(new BigDecimal("-1181.499"))).isEqualTo(-1181);
    }

    @Test
    void summariesInMkrWithOneDecimal() {
        assertThat(SwedishFormat.mkr(new BigDecimal("-8016"))).isEqualTo("\u22128,0\u00A0Mkr");
        assertThat(SwedishFormat.mkr(new BigDecimal("803"))).isEqualTo("0,8\u00A0Mkr");
        assertThat(SwedishFormat.mkr(new BigDecimal("-262801"))).isEqualTo("\u2212262,8\u00A0Mkr");
    }

    @Test
    void percentagesWithDecimalComma() {
        assertThat(SwedishFormat.percent(new BigDecimal("3.0503"), 1)).isEqualTo("3,1\u00A0%");
        assertThat(SwedishFormat.signedPercent(new BigDecimal("4.738"), 1)).isEqualTo("+4,7\u00A0%");
        assertThat(SwedishFormat.signedPercent(new BigDecimal("-1"), 1)).isEqualTo("\u22121,0\u00A0%");
        assertThat(SwedishFormat.integer(1234567)).isEqualTo("1\u00A0234\u00A0567");
    }

    @Test
    void keyFiguresKeepTheirOwnDecimals() {
        assertThat(SwedishFormat.decimal(new BigDecimal("2585"), 0)).isEqualTo("2\u00A0585");
        assertThat(SwedishFormat.decimal(new BigDecimal("20.4"), 1)).isEqualTo("20,4");
        assertThat(SwedishFormat.decimal(new BigDecimal("17"), 1)).isEqualTo("17,0");
        assertThat(SwedishFormat.decimal(new BigDecimal("-1.55"), 1)).isEqualTo("\u22121,6");
        assertThat(SwedishFormat.decimal(null, 1)).isEmpty();
    }
}
