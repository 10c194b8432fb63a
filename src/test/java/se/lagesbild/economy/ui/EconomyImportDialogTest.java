package se.lagesbild.economy.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static se.lagesbild.importing.EconomyFiles.utf8;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.support.KaribuTest;

/** The import dialog on the Ekonomi view, driven through its Upload (in 2013, a year only this test writes, before the demo years so the default period stays August 2021). */
class EconomyImportDialogTest extends KaribuTest {

    private static final String HEADER = "År;Månad;Verksamhet;Kostnadsslag;Belopp tkr";

    @Test
    void anUploadedFileIsPreviewedSavedAndTheOpenEkonomiViewUpdatesItself() {
        navigate("ekonomi", "period", "2013-03");
        assertThat(actual()).isEqualByComparingTo("0");
        _click(_get(ImportButton.class));
        _upload(
                _get(Upload.class),
                "utfall-2013-03.csv",
                utf8(HEADER, "2013;3;Ekonomiskt bistånd;Bidrag;-1 500,5", "2013;3;Socialpsykiatri;Hyror;-250"));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary"))
                        .getText())
                .isEqualTo("utfall-2013-03.csv, Utfall: 2 nya, 0 rättade och 0 oförändrade rader.");
        Grid<?> changes = _get(Grid.class, spec -> spec.withClasses("import-changes"));
        assertThat(_size(changes)).isEqualTo(2);
        assertThat(_getFormattedRow(changes, 0))
                .containsExactly("2", "Ny", "2013", "3", "Ekonomiskt bistånd", "Bidrag", "", "\u22121\u00A0500,5");
        assertThat(_find(Grid.class, spec -> spec.withClasses("import-errors")))
                .as("no errors shown")
                .isEmpty();

        Button save = _get(Button.class, spec -> spec.withText("Spara"));
        assertThat(save.isVisible()).isTrue();
        _click(save);
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Importen sparades: 2 nya, 0 rättade och 0 oförändrade rader."));
        assertThat(_find(Upload.class)).isEmpty();
        awaitPush(() -> actual().compareTo(new BigDecimal("-1750.5")) == 0);
    }

    @Test
    void aFileWithErrorsShowsEveryErrorWithRowAndColumnAndCannotBeSaved() {
        navigate("ekonomi", "period", "2021-08");
        _click(_get(ImportButton.class));
        _upload(
                _get(Upload.class),
                "fel.csv",
                utf8(HEADER, "2013;4;Barn och ungdomsvård;Bidrag;-10", "2013;4;EKB;Hyror;tio"));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-summary"))
                        .getText())
                .isEqualTo("2 fel: ingenting sparas. Rätta filen och ladda upp den igen.");
        Grid<?> errors = _get(Grid.class, spec -> spec.withClasses("import-errors"));
        assertThat(List.of(_getFormattedRow(errors, 0), _getFormattedRow(errors, 1)))
                .containsExactly(
                        List.of(
                                "2",
                                "Verksamhet",
                                "Okänd verksamhet 'Barn och ungdomsvård' – menade du 'Barn- och ungdomsvård'?"),
                        List.of("3", "Belopp tkr", "Beloppet 'tio' är inte ett tal"));
        assertThat(_find(Button.class, spec -> spec.withText("Spara")))
                .as("no Spara")
                .isEmpty();

        navigate("ekonomi/importer");
        Grid<?> log = _get(Grid.class, spec -> spec.withClasses("import-log"));
        assertThat(_getFormattedRow(log, 0)).contains("fel.csv", "Avvisad", "Utfall");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal actual() {
        TreeGrid<EconomyLine> grid = _find(TreeGrid.class).getFirst();
        return grid.getTreeData().getRootItems().getFirst().figures().actual();
    }
}
