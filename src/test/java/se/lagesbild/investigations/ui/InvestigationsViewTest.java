package se.lagesbild.investigations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.events.PointClickEvent;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.ui.Focus;
import se.lagesbild.investigations.InvestigationImport;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.support.KaribuTest;

class InvestigationsViewTest extends KaribuTest {

    private static final String NBSP = "\u00A0";

    @Autowired
    InvestigationImport importer;

    @Autowired
    InvestigationService service;

    @Test
    void theEnheterGridShowsThePeriodAgainstLastYear() {
        navigate("utredningar", "period", "2021-08");
        Grid<?> grid = grid("investigations-grid");
        List<String> bue = row(grid, "Barn- och ungdomsenheten");
        List<String> ve = row(grid, "Vuxenenheten");
        assertThat(bue.subList(1, 4)).containsExactly("641", "612", "+4,7" + NBSP + "%");
        assertThat(ve.subList(1, 4)).containsExactly("233", "195", "+19,5" + NBSP + "%");
        assertThat(bue.get(6)).isEqualTo("16" + NBSP + "%");
        assertThat(_get(H2.class, spec -> spec.withText("Enheter, augusti 2021")))
                .isNotNull();
    }

    @Test
    void theMonthlyVolumesOfAnEnhetStandBesideLastYearsWithThePeriodSum() {
        navigate("utredningar", "period", "2021-08", "enhet", "BUE");
        Grid<?> grid = grid("volumes-grid");
        assertThat(GridKt._size(grid)).isEqualTo(9);
        List<String> period = GridKt._getFormattedRow(grid, 8);
        assertThat(period.subList(0, 4)).containsExactly("Januari–augusti", "641", "612", "+4,7" + NBSP + "%");
        assertThat(GridKt._getFormattedRow(grid, 0).get(9)).isEqualTo("68" + NBSP + "%");
        assertThat(GridKt._getFormattedRow(grid, 7).get(9)).isEqualTo("16" + NBSP + "%");
        assertThat(GridKt._getFormattedRow(grid, 7).get(8)).isEqualTo("8");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("overdue-count"))
                        .getText())
                .startsWith("Öppna efter tidsgränsen den 31 augusti 2021: ");
        ListSeries series =
                (ListSeries) _get(Chart.class).getConfiguration().getSeries().getFirst();
        assertThat(series.getName()).isEqualTo("Barn- och ungdomsenheten");
        assertThat(series.getData()[0].doubleValue()).isEqualTo(68.0);
        assertThat(series.getData()[7].doubleValue()).isEqualTo(16.0);
    }

    @Test
    void clickingAMonthsLateFigureListsTheCasesBehindIt() {
        navigate("utredningar", "period", "2021-08", "enhet", "BUE");
        GridKt._clickItem(grid("volumes-grid"), 7, "late", 0, false, false, false, false);
        assertDrill("BUE", "2021-08", "sena");
        Grid<?> cases = grid("cases-grid");
        assertThat(GridKt._size(cases)).isEqualTo(8);
        assertThat(_get(H2.class, spec -> spec.withClasses("drill-title")).getText())
                .isEqualTo("Sena, Barn- och ungdomsenheten, augusti 2021: 8 ärenden");
        for (int i = 0; i < 8; i++) {
            List<String> row = GridKt._getFormattedRow(cases, i);
            assertThat(row.get(3)).startsWith("2021-08-");
            assertThat(Integer.parseInt(row.get(4))).isPositive();
        }
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Exportera XLSX", "Exportera CSV", "Stäng listan");
    }

    @Test
    void focusGoesToTheOpenedCasesHeadingAndBackToTheViewsHeadingWhenTheyClose() {
        navigate("utredningar", "period", "2021-08", "enhet", "BUE");
        assertThat(Focus.requested(UI.getCurrent())).isEmpty();
        GridKt._clickItem(grid("volumes-grid"), 7, "late", 0, false, false, false, false);
        H2 heading = _get(H2.class, spec -> spec.withClasses("drill-title"));
        assertThat(Focus.requested(UI.getCurrent())).containsSame(heading);
        assertThat(heading.getElement().getAttribute("tabindex")).isEqualTo("-1");

        // "Stäng listan" leads back to the view without the drill; focus to the view's heading
        Anchor close = _get(Anchor.class, spec -> spec.withClasses("drill-close"));
        assertThat(close.getHref()).isEqualTo("utredningar?period=2021-08&enhet=BUE");
        navigate("utredningar", "period", "2021-08", "enhet", "BUE");
        assertThat(Focus.requested(UI.getCurrent()).orElseThrow()).isInstanceOf(H1.class);
        assertThat(((H1) Focus.requested(UI.getCurrent()).orElseThrow()).getText())
                .startsWith("Utredningar");
    }

    @Test
    void theLateShareLinesStandOutAgainstWhiteAndTheirTooltipsWriteARealMinus() {
        navigate("utredningar", "period", "2021-08");
        Chart chart = _get(Chart.class, spec -> spec.withClasses("late-share-chart"));
        var conf = chart.getConfiguration();
        assertThat(conf.getSeries()).isNotEmpty();
        var colours = com.vaadin.flow.component.charts.ChartOptions.get(UI.getCurrent())
                .getTheme()
                .getColors();
        assertThat(colours).hasSizeGreaterThanOrEqualTo(conf.getSeries().size());
        // every colour a line can get (up to the ten enheter)
        assertThat(colours).hasSizeGreaterThanOrEqualTo(10);
        for (int i = 0; i < colours.length; i++) {
            String hex = ((com.vaadin.flow.component.charts.model.style.SolidColor) colours[i]).toString();
            assertThat(contrastAgainstWhite(hex)).as(hex).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(conf.getTooltip().getPointFormatter()).contains("\\u2212");
    }

    /** WCAG's contrast ratio of a colour "#rrggbb" against white. */
    private static double contrastAgainstWhite(String hex) {
        double[] rgb = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
            rgb[c] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        return 1.05 / (luminance + 0.05);
    }

    @Test
    void theDrillComesFromTheUrlSoALinkOrTheBackButtonShowsIt() {
        navigate("utredningar", "period", "2021-08", "enhet", "BUE", "manad", "2021-01..2021-08", "mått", "pagaende");
        assertThat(GridKt._size(grid("cases-grid"))).isEqualTo(641);
        navigate("utredningar", "period", "2021-08", "enhet", "VE", "manad", "2020-01..2020-08", "mått", "pagaende");
        assertThat(GridKt._size(grid("cases-grid"))).isEqualTo(195);
        navigate("utredningar", "period", "2021-08", "enhet", "BUE", "manad", "2021-01", "mått", "sena");
        assertThat(GridKt._size(grid("cases-grid"))).isEqualTo(34);
        navigate("utredningar", "period", "2021-08", "enhet", "BUE");
        assertThat(_find(Grid.class, spec -> spec.withClasses("cases-grid"))).isEmpty();
    }

    @Test
    void theEnheterGridAndTheOverviewDrillToo() {
        navigate("utredningar", "period", "2021-08");
        Grid<?> units = grid("investigations-grid");
        int bue = rowIndex(units, "Barn- och ungdomsenheten");
        GridKt._clickItem(units, bue, "open", 0, false, false, false, false);
        assertDrill("BUE", "2021-01..2021-08", "pagaende");
        assertThat(GridKt._size(grid("cases-grid"))).isEqualTo(641);

        navigate("utredningar", "period", "2021-08");
        Grid<?> overview = grid("overview-grid");
        assertThat(GridKt._getFormattedRow(overview, rowIndex(overview, "Barn- och ungdomsenheten"))
                        .get(8))
                .isEqualTo(String.valueOf(
                        service.month("BUE", java.time.YearMonth.of(2021, 8)).open()));
        GridKt._clickItem(overview, rowIndex(overview, "Vuxenenheten"), "m3", 0, false, false, false, false);
        assertDrill("VE", "2021-03", "pagaende");
        assertThat(GridKt._size(grid("cases-grid")))
                .isEqualTo(service.month("VE", java.time.YearMonth.of(2021, 3)).open());
    }

    @Test
    void clickingAPointOfTheChartListsThatMonthsLateCases() {
        navigate("utredningar", "period", "2021-08", "enhet", "BUE");
        Chart chart = _get(Chart.class);
        ComponentUtil.fireEvent(
                chart, new PointClickEvent(chart, true, 0, 0, false, false, false, false, 0, 0, 0, 0, "jan", 0, null));
        assertDrill("BUE", "2021-01", "sena");
        assertThat(GridKt._size(grid("cases-grid"))).isEqualTo(34);
    }

    @Test
    void theDrillListIsSortable() {
        navigate("utredningar", "period", "2021-08", "enhet", "BUE", "manad", "2021-08", "mått", "sena");
        @SuppressWarnings("unchecked")
        Grid<se.lagesbild.investigations.CaseLine> cases =
                (Grid<se.lagesbild.investigations.CaseLine>) grid("cases-grid");
        GridKt._sortByKey(cases, "daysOver", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        List<Integer> days = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> GridKt._get(cases, i).daysOverDeadline())
                .toList();
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anImportThroughTheDialogShowsItsPreviewAndTheViewUpdates() {
        navigate("utredningar", "period", "2023-06", "enhet", "VE");
        String before = GridKt._getFormattedRow(grid("volumes-grid"), 5).get(4);
        InvestigationImportDialog dialog = new InvestigationImportDialog(importer);
        dialog.open();
        dialog.show(
                "fel.csv",
                ("Ärende;Enhet;Målgrupp;Inledd;Avslutad\r\nUI-1;Okänd;vuxna;2023-06-05;\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withClasses("import-problems")), 0))
                .containsExactly("2", "Enhet (B)", "Okänd enhet: Okänd");
        assertThat(dialog.saveButton().isEnabled()).isFalse();
        dialog.show(
                "nya.csv",
                ("Ärende;Enhet;Målgrupp;Inledd;Avslutad\r\nUI-1;VE;vuxna;2023-06-05;\r\n"
                                + "UI-2;Vuxenenheten;vuxna;2023-06-07;2023-06-20\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary"))
                        .getText())
                .startsWith("nya.csv: 2 nya, 0 ändrade och 0 oförändrade ärenden");
        assertThat(dialog.saveButton().isEnabled()).isTrue();
        dialog.save();
        assertThat(dialog.isOpened()).isFalse();
        int expected = Integer.parseInt(before) + 2;
        awaitPush(() -> GridKt._getFormattedRow(grid("volumes-grid"), 5).get(4).equals(String.valueOf(expected)));
    }

    @Test
    void aFileWithAPersonnummerIsRefusedInTheDialog() {
        navigate("utredningar", "period", "2021-08");
        InvestigationImportDialog dialog = new InvestigationImportDialog(importer);
        dialog.open();
        dialog.show(
                "export.csv",
                ("Ärende;Enhet;Målgrupp;Inledd;Avslutad\r\n19811218-9876;VE;vuxna;2023-06-05;\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-refused"))
                        .getText())
                .contains("personnummer", "Rad 2, kolumn Ärende (A).")
                .doesNotContain("9876");
        assertThat(dialog.saveButton().isEnabled()).isFalse();
    }

    private static void assertDrill(String unit, String months, String measure) {
        QueryParameters query = UI.getCurrent().getActiveViewLocation().getQueryParameters();
        Map<String, List<String>> p = query.getParameters();
        assertThat(p)
                .containsEntry("enhet", List.of(unit))
                .containsEntry("manad", List.of(months))
                .containsEntry("mått", List.of(measure))
                .containsEntry("period", List.of("2021-08"));
    }

    private static Grid<?> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    private static List<String> row(Grid<?> grid, String label) {
        return GridKt._getFormattedRow(grid, rowIndex(grid, label));
    }

    private static int rowIndex(Grid<?> grid, String label) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormattedRow(grid, i).getFirst().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("No row " + label);
    }
}
