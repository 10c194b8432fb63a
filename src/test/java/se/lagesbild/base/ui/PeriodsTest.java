package se.lagesbild.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import se.lagesbild.support.KaribuTest;

/** A period in the URL outside 2000–2099 (issue 20's probe: "0000-01" shown as "januari 0001") is ignored. */
class PeriodsTest extends KaribuTest {

    @Test
    void onlyAPeriodOfTheYears2000To2099IsRead() {
        assertThat(Periods.parse("2021-08")).contains(YearMonth.of(2021, 8));
        assertThat(Periods.parse("2000-01")).contains(YearMonth.of(2000, 1));
        assertThat(Periods.parse("2099-12")).contains(YearMonth.of(2099, 12));
        for (String invalid :
                new String[] {"0000-01", "1999-12", "2100-01", "+10000-01", "-0001-01", "2021-13", "", null}) {
            assertThat(Periods.parse(invalid)).as(invalid).isEmpty();
        }
    }

    @Test
    void theInvestigationsViewShowsTheDefaultPeriodForYearZero() {
        navigate("utredningar", "period", "0000-01");
        assertThat(_get(H2.class, spec -> spec.withText("Enheter, augusti 2021")))
                .isNotNull();
    }
}
