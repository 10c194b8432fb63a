package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.support.EmptyDatabaseTest;

/** "Frys" and the live report on an empty database: refused with a Swedish sentence, nothing written. */
@EmptyDatabaseTest
class NothingToReportTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 8);

    @Autowired
    ReportService reports;

    @Test
    void freezingWithNothingToFreezeIsRefusedInSwedishAndWritesNothing() {
        assertThat(reports.hasFigures(PERIOD)).isFalse();
        assertThatThrownBy(() -> reports.freeze("Delårsrapport 2 2026", PERIOD, "admin"))
                .isInstanceOf(ReportService.NothingToReportException.class)
                .hasMessage("Det finns inget att frysa för augusti 2026: ingen organisation eller inga siffror för"
                        + " perioden ännu. Lägg upp organisationen och importera budget och utfall först (se Kom"
                        + " igång).");
        assertThat(reports.versions()).isEmpty();
        assertThatThrownBy(() -> reports.live(PERIOD)).isInstanceOf(ReportService.NothingToReportException.class);
    }
}
