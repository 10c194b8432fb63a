package se.lagesbild.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.support.KaribuTest;

class OverviewViewTest extends KaribuTest {

    @Autowired
    EconomyService economy;

    @Autowired
    ChangeBroadcaster broadcaster;

    @Test
    void startViewShowsTheLatestMonthsHeadlineFigures() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Läget augusti 2021");
        assertThat(texts("figure-value")).containsExactly("\u22128,0\u00A0Mkr", "\u22125,6\u00A0Mkr", "0,8\u00A0Mkr");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                        .map(p -> p.getText()))
                .contains(
                        "641 pågående utredningar hittills i år (612 samma period 2020, +4,7\u00A0%)",
                        "233 pågående utredningar hittills i år (195 samma period 2020, +19,5\u00A0%)")
                .anySatisfy(
                        t -> assertThat(t).startsWith("Andel sena utredningar i månaden: 16\u00A0% (mål 10\u00A0%)"));
        assertThat(texts("rag")).containsExactly("✕ Röd", "✓ Grön", "✕ Röd", "✕ Röd");
        assertThat(texts("flag")).containsExactly("⚑ rapporterat Gul", "⚑ rapporterat Grön");
    }

    @Test
    void chartHoldsTheFullYearDeviationOfEveryActivitySortedFromTheLargestShortfall() {
        navigate("", "period", "2021-08");
        Chart chart = _get(Chart.class);
        DataSeries series = (DataSeries) chart.getConfiguration().getSeries().getFirst();
        assertThat(series.getData()).hasSize(10);
        assertThat(series.getData().getFirst().getName()).isEqualTo("Vård för vuxna med missbruksproblem");
        assertThat(series.getData().getFirst().getY()).isEqualTo(-3372L);
        assertThat(series.getData().getLast().getName()).isEqualTo("Barn- och ungdomsvård");
        assertThat(series.getData().getLast().getY()).isEqualTo(2005L);
    }

    @Test
    void layoutShowsTheNameTheDemoMarkerAndKeepsThePeriodInTheNavigation() {
        login("ledning");
        navigate("", "period", "2021-03");
        assertThat(texts("signed-in-user")).containsExactly("Inloggad som ledning");
        assertThat(texts("app-title")).containsExactly("Lägesbild");
        assertThat(texts("demo-marker")).containsExactly("Demodata");
        List<SideNavItem> items = _find(SideNavItem.class);
        assertThat(items)
                .extracting(SideNavItem::getLabel)
                .containsExactly("Översikt", "Ekonomi", "Utredningar", "Mål", "Jämförelser", "Nämndmöte");
        assertThat(items.get(1).getPath()).isEqualTo("ekonomi?period=2021-03");
        assertThat(_get(H1.class).getText()).isEqualTo("Läget mars 2021");
    }

    @Test
    void aChangeThroughAServiceReachesTheOpenViewWithoutReloadAndRedrawsOnlyWhatItChanged() {
        navigate("", "period", "2020-06");
        String before = texts("figure-value").get(1);
        OverviewView view = _get(OverviewView.class);
        H2 economyTitle = title("Ekonomi");
        H2 investigationsTitle = title("Utredningar");
        H2 goalsTitle = title("Målbedömning");
        Chart chart = _get(Chart.class);
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2020, 6, "EKB", "GRANTS", new BigDecimal("-1000"))),
                "change.economy.actual",
                "test",
                "live test",
                null);
        awaitPush(() -> !texts("figure-value").get(1).equals(before));
        assertThat(_get(OverviewView.class)).isSameAs(view);
        assertThat(_get(H1.class).getText()).isEqualTo("Läget juni 2020");
        assertThat(title("Ekonomi")).as("the economy card, drawn anew").isNotSameAs(economyTitle);
        assertThat(title("Utredningar"))
                .as("the investigations card, untouched")
                .isSameAs(investigationsTitle);
        assertThat(title("Målbedömning")).as("the goals card, untouched").isSameAs(goalsTitle);
        assertThat(_get(Chart.class))
                .as("an utfall leaves the full-year deviation chart as it was")
                .isSameAs(chart);
    }

    private static H2 title(String text) {
        return _get(H2.class, spec -> spec.withText(text));
    }

    @Test
    void aViewStopsListeningWhenTheUserLeavesIt() {
        navigate("", "period", "2021-08");
        int oneView = broadcaster.listenerCount();
        assertThat(oneView).isPositive();
        for (String route : List.of("mal", "utredningar", "ekonomi", "", "mal")) {
            navigate(route, "period", "2021-08");
            assertThat(broadcaster.listenerCount()).as(route).isEqualTo(oneView);
        }
    }

    private static List<String> texts(String className) {
        return _find(Span.class).stream()
                .filter(s -> s.hasClassName(className))
                .map(Span::getText)
                .toList();
    }
}
