package se.lagesbild.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.ledger.KontoplanFile;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.CostType;
import se.lagesbild.support.KaribuTest;

/** Struktur → Kontoplan as a controller uses it, in 2009 (a year no other test uses). */
class KontoplanViewTest extends KaribuTest {

    @Autowired
    LedgerService ledger;

    @Autowired
    KontoplanFile files;

    private static <T extends Component> T field(Class<T> type, String className) {
        return _get(type, spec -> spec.withClasses(className));
    }

    private static List<String> column(String gridClass, int column) {
        Grid<?> grid = field(Grid.class, gridClass);
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(column))
                .toList();
    }

    @Test
    void aControllerMapsAccountsAndAnsvarAndOverlapsAreRefused() {
        navigate("struktur/kontoplan", "ar", "2009");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Kontoplan");
        field(TextField.class, "kontoplan-first").setValue("4500");
        field(TextField.class, "kontoplan-last").setValue("4599");
        @SuppressWarnings("unchecked")
        ComboBox<CostType> costType = field(ComboBox.class, "kontoplan-cost-type");
        costType.setValue(ledger.defaults(2009).stream()
                .filter(r -> r.costTypeCode().equals("GRANTS"))
                .findFirst()
                .map(r -> costType.getListDataView()
                        .getItems()
                        .filter(c -> c.code().equals("GRANTS"))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow());
        _click(field(Button.class, "kontoplan-add-range"));
        assertThat(column("kontoplan-ranges", 0)).containsExactly("4500–4599");
        assertThat(column("kontoplan-ranges", 1)).containsExactly("Bidrag");

        field(TextField.class, "kontoplan-first").setValue("4510");
        _click(field(Button.class, "kontoplan-add-range"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("structure-error"))
                        .getText())
                .isEqualTo("Kontointervallen överlappar: 4500–4599 / 4510");
        assertThat(ledger.kontoplan(2009).ranges()).hasSize(1);

        _click(field(Button.class, "kontoplan-defaults"));
        assertThat(column("kontoplan-ranges", 0))
                .contains("3", "4500–4599", "5", "60", "61–79")
                .doesNotContain("45");

        field(TextField.class, "kontoplan-ansvar").setValue("110");
        @SuppressWarnings("unchecked")
        ComboBox<Activity> activity = field(ComboBox.class, "kontoplan-activity");
        activity.setValue(activity.getListDataView()
                .getItems()
                .filter(a -> a.code().equals("EKB"))
                .findFirst()
                .orElseThrow());
        _click(field(Button.class, "kontoplan-add-rule"));
        assertThat(column("kontoplan-rules", 2)).containsExactly("Ekonomiskt bistånd");
        assertThat(ledger.kontoplan(2009).activity("110", "")).contains("EKB");
    }

    @Test
    void theKontoplanFileIsExportedAndImportedBackUnchanged() {
        navigate("struktur/kontoplan", "ar", "2039");
        byte[] file = String.join(
                        "\r\n",
                        "År;Konto från;Konto till;Kostnadsslag;Ansvar;Verksamhetskod;Verksamhet",
                        "2039;45;;Bidrag;;;",
                        "2039;5;5;PERSONNEL;;;",
                        "2039;;;;110;4100;Ekonomiskt bistånd")
                .getBytes(StandardCharsets.UTF_8);
        KontoplanView view = _get(KontoplanView.class);
        view.importFile("struktur-kontoplan-2039.csv", file);
        assertThat(column("kontoplan-ranges", 0)).containsExactly("45", "5");
        assertThat(column("kontoplan-rules", 1)).containsExactly("4100");
        KontoplanFile.Outcome again = files.importFile("igen.csv", files.export(2039), "controller");
        assertThat(List.of(again.added(), again.changed(), again.unchanged())).containsExactly(0, 0, 3);

        byte[] overlapping = String.join(
                        "\r\n",
                        "År;Konto från;Konto till;Kostnadsslag;Ansvar;Verksamhetskod;Verksamhet",
                        "2039;45;;GRANTS;;;",
                        "2039;4510;;OTHER_MISC;;;")
                .getBytes(StandardCharsets.UTF_8);
        view.importFile("fel.csv", overlapping);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("structure-file-error")))
                .extracting(Paragraph::getText)
                .containsExactly("Kontointervallen överlappar: 45 / 4510");
        assertThat(ledger.kontoplan(2039).ranges()).hasSize(2);
    }
}
