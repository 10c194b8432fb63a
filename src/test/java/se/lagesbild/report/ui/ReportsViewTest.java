package se.lagesbild.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.report.CellChange;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ReportVersion;
import se.lagesbild.support.KaribuTest;

/**
 * Freezing a version and comparing it with the live figures, in 2011 (a year no other test and no
 * demo data use): a correction after the freeze changes the live figures, never the version's.
 */
class ReportsViewTest extends KaribuTest {

    private static final YearMonth PERIOD = YearMonth.of(2011, 3);

    @Autowired
    EconomyService economy;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFrozenVersionKeepsItsFiguresAfterACorrectionAndTheCompareViewListsTheChange() {
        economy.record(
                FactKind.BUDGET,
                List.of(new AmountFact(2011, 3, "EKB", "GRANTS", new BigDecimal("-900"))),
                "change.economy.budget",
                "test",
                "set-up",
                null);
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 3, "EKB", "GRANTS", new BigDecimal("-1000"))),
                "change.economy.actual",
                "test",
                "set-up",
                null);
        navigate("rapporter", "period", PERIOD.toString());
        _get(TextField.class, spec -> spec.withClasses("version-name")).setValue("Testrapport mars 2011");
        _get(Button.class, spec -> spec.withClasses("freeze-button")).click();
        ReportVersion version = reports.versions().stream()
                .filter(v -> v.name().equals("Testrapport mars 2011"))
                .findFirst()
                .orElseThrow();
        assertThat(version.period()).isEqualTo(PERIOD);
        assertThat(actual(version.snapshot().section("activities").orElseThrow().table(), "Resultat ASN"))
                .isEqualTo("\u22121\u00A0000");

        // a correction after the freeze, through the service
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 3, "EKB", "GRANTS", new BigDecimal("-1500"))),
                "change.economy.actual",
                "test",
                "correction",
                null);

        ReportVersion stored = reports.version(version.id()).orElseThrow();
        assertThat(actual(stored.snapshot().section("activities").orElseThrow().table(), "Resultat ASN"))
                .as("frozen")
                .isEqualTo("\u22121\u00A0000");
        assertThat(actual(
                        reports.live(PERIOD).section("activities").orElseThrow().table(), "Resultat ASN"))
                .as("live")
                .isEqualTo("\u22121\u00A0500");

        navigate("rapporter", "period", PERIOD.toString(), ReportsView.COMPARE, String.valueOf(version.id()));
        Grid<CellChange> changes = grid("changes-grid");
        List<List<String>> rows = java.util.stream.IntStream.range(0, GridKt._size(changes))
                .mapToObj(i -> GridKt._getFormattedRow(changes, i))
                .toList();
        assertThat(rows)
                .contains(List.of(
                        "Budgetavvikelse per verksamhet, mars 2011",
                        "Resultat ASN",
                        "Utfall",
                        "\u22121\u00A0000",
                        "\u22121\u00A0500"));
        assertThat(rows)
                .contains(List.of(
                        "Budgetavvikelse per verksamhet, mars 2011",
                        "Resultat ASN",
                        "Avvikelse",
                        "\u2212100",
                        "\u2212600"));
        assertThat(rows)
                .noneMatch(
                        row -> row.get(1).equals("Resultat ASN") && row.get(2).equals("Budget"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                        .map(p -> p.getText()))
                .anyMatch(t -> t.endsWith(
                        "celler har ändrats sedan Testrapport mars 2011, fryst " + java.time.LocalDate.now() + "."));

        // undo the correction with a new version, so the live figures equal the frozen ones again
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 3, "EKB", "GRANTS", new BigDecimal("-1000"))),
                "change.economy.actual",
                "test",
                "undo",
                null);
        assertThat(reports.changesSince(stored)).isEmpty();
    }

    @Test
    void aStoredVersionCannotBeUpdatedInTheDatabase() {
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2011, 1, "EKB", "GRANTS", new BigDecimal("-1"))),
                "change.economy.actual",
                "test",
                "set-up",
                null);
        ReportVersion version = reports.freeze("Oföränderlig", YearMonth.of(2011, 1), "controller");
        assertThatThrownBy(() -> jdbc.sql("update report_version set name = 'Ändrad' where id = ?")
                        .param(version.id())
                        .update())
                .hasMessageContaining("never changes");
        assertThat(reports.version(version.id()).orElseThrow().name()).isEqualTo("Oföränderlig");
    }

    @Test
    void aVersionNeedsAName() {
        navigate("rapporter", "period", PERIOD.toString());
        int before = reports.versions().size();
        _get(Button.class, spec -> spec.withClasses("freeze-button")).click();
        TextField name = _get(TextField.class, spec -> spec.withClasses("version-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Ge versionen ett namn, t.ex. \"Delårsrapport 2 2021\".");
        assertThat(reports.versions()).hasSize(before);
    }

    @Test
    void aVersionNameOfMoreThan200CharactersIsLimitedByTheFieldAndRefusedInSwedish() {
        navigate("rapporter", "period", PERIOD.toString());
        int before = reports.versions().size();
        TextField name = _get(TextField.class, spec -> spec.withClasses("version-name"));
        assertThat(name.getMaxLength()).isEqualTo(200);
        assertThat(name.getHelperText()).isEqualTo("Högst 200 tecken");
        name.setValue("V".repeat(250));
        _get(Button.class, spec -> spec.withClasses("freeze-button")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Versionens namn får vara högst 200 tecken");
        assertThat(reports.versions()).hasSize(before);
    }

    @Test
    void aSlidePinnedInTheEconomyViewJoinsThePresentationUntilRemoved() {
        navigate("ekonomi", "period", "2021-08", "verksamhet", "BARN_UNGDOM");
        _get(Button.class, spec -> spec.withClasses("pin-button")).click();
        se.lagesbild.report.Pin pin = reports.pins().stream()
                .filter(p -> p.scope().equals("BARN_UNGDOM"))
                .findFirst()
                .orElseThrow();
        try {
            assertThat(pin.kind()).isEqualTo(se.lagesbild.base.SlidePins.Kind.ECONOMY);
            ExportTable slide = reports.live(YearMonth.of(2021, 8))
                    .section("pin-" + pin.id())
                    .orElseThrow()
                    .table();
            assertThat(slide.title()).isEqualTo("Resultaträkning Barn- och ungdomsvård, augusti 2021");
            ExportTable.Row result = slide.rows().getLast();
            assertThat(List.of(
                            result.label(), SwedishFormat.cell(slide, result, 0), SwedishFormat.cell(slide, result, 1)))
                    .containsExactly("Resultat", "\u221242\u00A0683", "\u221244\u00A0160");

            navigate("rapporter", "period", "2021-08");
            Grid<se.lagesbild.report.Pin> pins = grid("pins-grid");
            assertThat(GridKt._size(pins)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(pins, 0).subList(0, 2)).containsExactly("Ekonomi", "BARN_UNGDOM");
            ((Button) GridKt._getCellComponent(pins, 0, "remove")).click();
            assertThat(reports.pins()).isEmpty();
        } finally {
            reports.pins().forEach(p -> reports.unpin(p.id(), "controller"));
        }
    }

    private static String actual(ExportTable table, String label) {
        ExportTable.Row row = table.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow();
        return SwedishFormat.cell(table, row, 0);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }
}
