package se.lagesbild.kolada.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.kolada.KoladaRecordings;
import se.lagesbild.kolada.KoladaService;
import se.lagesbild.kolada.Kpi;
import se.lagesbild.kolada.Municipality;
import se.lagesbild.kolada.Place;
import se.lagesbild.support.KaribuTest;

class ComparisonsViewTest extends KaribuTest {

    private static final String NBSP = "\u00A0";

    @Autowired
    KoladaService kolada;

    @Test
    void eachKeyFigureShowsTyresoBesideItsPeersInAChartAndATable() {
        navigate("jamforelser");
        assertThat(_get(H1.class).getText()).isEqualTo("Tyresö jämfört med andra kommuner");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("comparisons-status"))
                        .getText())
                .contains("hämtade från Kolada");
        assertThat(sections())
                .extracting(s -> s.getElement().getAttribute("data-kpi"))
                .containsExactly("N31001", "N30001", "N31807", "N30005", "N33009", "N33101", "U30200");

        Div n30001 = section("N30001");
        assertThat(_get(n30001, H2.class).getText())
                .isEqualTo("N30001 Nettokostnadsavvikelse individ- och familjeomsorg, (%)");
        assertThat(text(n30001, "kpi-unit")).isEqualTo("Enhet: %");
        assertThat(text(n30001, "kpi-definition")).startsWith("Nettokostnadsavvikelse för individ- och familjeomsorg");
        assertThat(text(n30001, "kolada-source")).isEqualTo("Källa: Kolada");

        Configuration chart = _get(n30001, Chart.class).getConfiguration();
        assertThat(chart.getxAxis().getCategories()).containsExactly("2015", "2016", "2017", "2018", "2019", "2020");
        assertThat(chart.getSeries())
                .extracting(Series::getName)
                .containsExactly(
                        "Tyresö",
                        "Jämförbara kommuner IFO, Tyresö (ovägt medel)",
                        "Stockholms läns kommuner (ovägt medel)",
                        "Haninge",
                        "Nacka",
                        "Värmdö",
                        "Riket");
        ListSeries tyreso = (ListSeries) chart.getSeries().getFirst();
        assertThat(Arrays.stream(tyreso.getData()).map(Number::doubleValue))
                .containsExactly(18.7, 19.4, 19.9, 20.4, 14.4, 8.4);
        PlotOptionsLine bold = (PlotOptionsLine) tyreso.getPlotOptions();
        PlotOptionsLine thin = (PlotOptionsLine) chart.getSeries().get(1).getPlotOptions();
        assertThat(bold.getLineWidth().doubleValue())
                .isGreaterThan(thin.getLineWidth().doubleValue());
        assertThat(bold.getDataLabels().getEnabled()).isTrue();
        assertThat(bold.getDataLabels().getFormat()).isEqualTo("{y:,.1f}");

        Grid<?> grid = _get(n30001, Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly("Tyresö", "18,7", "19,4", "19,9", "20,4", "14,4", "8,4");
        assertThat(GridKt._getFormattedRow(grid, 1).getLast()).isEqualTo("17,0");
        assertThat(GridKt._getFormattedRow(grid, 6)).containsExactly("Riket", "0,0", "0,0", "0,0", "0,0", "0,0", "0,0");

        Grid<?> costs = _get(section("N31001"), Grid.class);
        assertThat(GridKt._getFormattedRow(costs, 0).subList(4, 7)).containsExactly("710", "784", "812");
        assertThat(GridKt._getFormattedRow(costs, 6).get(6)).isEqualTo("1" + NBSP + "332");
    }

    @Test
    void aFigureKoladaDividesByGenderHasWomenAndMenInTheTable() {
        navigate("jamforelser");
        Grid<?> grid = _get(section("N31807"), Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(9);
        assertThat(GridKt._getFormattedRow(grid, 7).getFirst()).isEqualTo("Tyresö, kvinnor");
        assertThat(GridKt._getFormattedRow(grid, 8).getFirst()).isEqualTo("Tyresö, män");
        assertThat(GridKt._getFormattedRow(grid, 2).getLast()).isEqualTo("2,2");
        assertThat(_find(section("N31001"), Grid.class).getFirst()).matches(g -> GridKt._size(g) == 7);
    }

    @Test
    void keyFiguresAreFoundByIdAndTitle() {
        navigate("jamforelser");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Kpi> select = _get(MultiSelectComboBox.class, spec -> spec.withClasses("kpi-select"));
        assertThat(select.getItemLabelGenerator()
                        .apply(kolada.searchKpis("N31001", 1).getFirst()))
                .isEqualTo("N31001 Kostnad ekonomiskt bistånd, kr/inv");
        assertThat(kolada.searchKpis("bistånd", 10)).extracting(Kpi::id).containsExactly("N31001", "N31807");
        assertThat(kolada.searchKpis("n3300", 10)).extracting(Kpi::id).containsExactly("N33009");
    }

    @Test
    void aControllerChoosesWhatIsComparedAndEveryOpenPageFollows() {
        navigate("jamforelser");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Kpi> kpis = _get(MultiSelectComboBox.class, spec -> spec.withClasses("kpi-select"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Place> places = _get(MultiSelectComboBox.class, spec -> spec.withClasses("place-select"));
        List<String> kpisBefore = kolada.chosenKpis().stream().map(Kpi::id).toList();
        List<String> placesBefore =
                kolada.chosenComparisons().stream().map(Place::id).toList();
        try {
            Set<Kpi> fewer = kpis.getValue().stream()
                    .filter(k -> !k.id().equals("U30200"))
                    .collect(Collectors.toSet());
            HasValueUtilsKt._setValue(kpis, fewer);
            awaitPush(() -> sections().size() == 6);
            Set<Place> withoutRiket = places.getValue().stream()
                    .filter(p -> !p.id().equals(Municipality.RIKET))
                    .collect(Collectors.toSet());
            HasValueUtilsKt._setValue(places, withoutRiket);
            awaitPush(() -> GridKt._size(_get(section("N30001"), Grid.class)) == 6);
            assertThat(kolada.chosenKpis())
                    .extracting(Kpi::id)
                    .doesNotContain("U30200")
                    .startsWith("N31001", "N30001");
        } finally {
            kolada.choose(kpisBefore, placesBefore, "controller");
        }
        awaitPush(() -> sections().size() == 7);
    }

    @Test
    void fetchingWithoutANetworkSaysSoInOneSentenceAndKeepsTheValues() {
        navigate("jamforelser");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("kolada-refresh")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("comparisons-status"))
                        .getText())
                .isEqualTo("Hämtar från Kolada …");
        awaitPush(() -> NotificationsKt.getNotifications().stream().anyMatch(n -> n.hasClassName("kolada-refreshed")));
        assertThat(NotificationsKt.getNotifications())
                .filteredOn(n -> n.hasClassName("kolada-refreshed"))
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly(
                        "Kolada gick inte att nå " + statusTime() + ", så värdena nedan är de senast hämtade.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("comparisons-status"))
                        .getText())
                .startsWith("Kolada gick inte att nå ")
                .contains("Värdena är hämtade från Kolada ");
        assertThat(GridKt._getFormattedRow(_get(section("N31001"), Grid.class), 0)
                        .getLast())
                .isEqualTo("812");
    }

    @Test
    void theKommunsEnheterAreListedWhereKoladaHasValuesPerUnit() {
        navigate("jamforelser");
        assertThat(_find(section("U30200"), Grid.class)).hasSize(1);
        try {
            KoladaRecordings.fetchWithUnits(kolada);
            awaitPush(() -> _find(section("U30200"), Grid.class).size() == 2);
            assertThat(_get(section("U30200"), H3.class).getText()).isEqualTo("Enheter i Tyresö");
            Grid<?> units = _get(section("U30200"), Grid.class, spec -> spec.withClasses("units-grid"));
            List<String> first = GridKt._getFormattedRow(units, 0);
            assertThat(first.getFirst()).isEqualTo("Barn- och ungdomsenheten");
            assertThat(first).contains("84");
            assertThat(GridKt._getFormattedRow(units, 1).getFirst()).isEqualTo("Vuxenenheten");
        } finally {
            KoladaRecordings.fetchDemo(kolada);
        }
        awaitPush(() -> _find(section("U30200"), Grid.class).size() == 1);
    }

    @Test
    void everyoneSignedInReadsButOnlyAControllerChoosesAndFetches() {
        login("namnd");
        navigate("jamforelser");
        assertThat(sections()).hasSize(7);
        assertThat(_find(Button.class, spec -> spec.withClasses("kolada-refresh")))
                .isEmpty();
        assertThat(_find(MultiSelectComboBox.class)).allMatch(MultiSelectComboBox::isReadOnly);
    }

    private static String statusTime() {
        String status = _get(Paragraph.class, spec -> spec.withClasses("comparisons-status"))
                .getText();
        return status.substring("Kolada gick inte att nå ".length(), status.indexOf(", så"));
    }

    private static List<Div> sections() {
        return _find(Div.class, spec -> spec.withClasses("kpi-comparison"));
    }

    private static Div section(String kpi) {
        return sections().stream()
                .filter(s -> kpi.equals(s.getElement().getAttribute("data-kpi")))
                .findFirst()
                .orElseThrow();
    }

    private static String text(Component section, String className) {
        return _get(section, Paragraph.class, spec -> spec.withClasses(className))
                .getText();
    }
}
