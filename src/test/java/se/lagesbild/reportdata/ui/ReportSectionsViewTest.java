package se.lagesbild.reportdata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.reportdata.ReportDataService;
import se.lagesbild.reportdata.SectionKind;
import se.lagesbild.support.KaribuTest;

/**
 * Rapportens avsnitt, driven as a user in 2015 (a year no other test and no demo data use): every
 * section's editor writes a row of every field type and saves it as a version; a wrong field is
 * marked and nothing is saved; a chapter's Markdown is previewed (raw HTML escaped) and saved; a file
 * is imported through the editor; the nämnd reads without a way to write.
 */
class ReportSectionsViewTest extends KaribuTest {

    @Autowired
    ReportDataService service;

    @Test
    void everySectionsEditorSavesARowOfEveryFieldAsANewVersion() {
        YearMonth period = YearMonth.of(2015, 5);
        navigate("rapporter/avsnitt", "period", period.toString());
        for (SectionKind kind : SectionKind.values()) {
            Div editor = open(kind);
            _get(editor, Button.class, spec -> spec.withClasses("add-row")).click();
            List<String> expected = new ArrayList<>();
            for (int f = 0; f < kind.fields().size(); f++) {
                SectionKind.Field field = kind.fields().get(f);
                String written = switch (field.type()) {
                    case TEXT -> kind.name() + " text " + f;
                    case LONG_TEXT -> kind.name() + " lång text " + f;
                    case NUMBER -> "6,5";
                    case SCALE -> "4";
                    case MONTH -> "9";
                    case YEAR -> "2020";
                    case STATUS -> "Gul";
                };
                field(editor, f).setValue(written);
                expected.add(field.type() == SectionKind.Field.Type.NUMBER ? "6.5" : written);
            }
            _get(editor, Button.class, spec -> spec.withClasses("save-rows")).click();
            assertThat(service.rows(kind, period)).as(kind.name()).containsExactly(expected);
            assertThat(service.history(kind, period).getFirst().recordedBy()).isEqualTo("controller");
        }
        // the risk's riskvärde as it is written: sannolikhet 4 × konsekvens 4
        assertThat(_get(
                                open(SectionKind.RISKS),
                                com.vaadin.flow.component.html.Span.class,
                                spec -> spec.withClasses("risk-value"))
                        .getText())
                .isEqualTo("Riskvärde 16");
    }

    @Test
    void aWrongFieldIsMarkedWithItsMessageAndNothingIsSaved() {
        YearMonth period = YearMonth.of(2015, 6);
        navigate("rapporter/avsnitt", "period", period.toString());
        Div editor = open(SectionKind.RISKS);
        _get(editor, Button.class, spec -> spec.withClasses("add-row")).click();
        field(editor, 0).setValue("Finansiell");
        field(editor, 1).setValue("Kostnader");
        field(editor, 2).setValue("7");
        field(editor, 3).setValue("2");
        field(editor, 5).setValue("Röd");
        _get(editor, Button.class, spec -> spec.withClasses("save-rows")).click();
        HasValidation probability = (HasValidation) field(editor, 2);
        assertThat(probability.isInvalid()).isTrue();
        assertThat(probability.getErrorMessage()).isEqualTo("'7' ska vara ett heltal från 1 till 5");
        assertThat(service.history(SectionKind.RISKS, period)).isEmpty();
        // corrected, it saves; removing the row and saving leaves an empty version in the history
        field(editor, 2).setValue("3");
        _get(editor, Button.class, spec -> spec.withClasses("save-rows")).click();
        assertThat(service.rows(SectionKind.RISKS, period)).hasSize(1);
        _get(editor, Button.class, spec -> spec.withClasses("remove-row")).click();
        _get(editor, Button.class, spec -> spec.withClasses("save-rows")).click();
        assertThat(service.rows(SectionKind.RISKS, period)).isEmpty();
        assertThat(service.history(SectionKind.RISKS, period)).hasSize(2);
    }

    @Test
    void everyChaptersTextIsPreviewedFromMarkdownAndSaved() {
        YearMonth period = YearMonth.of(2015, 7);
        navigate("rapporter/avsnitt", "period", period.toString());
        for (Chapter chapter : Chapter.values()) {
            Details details = _get(Details.class, spec -> spec.withClasses("chapter-" + chapter.key()));
            details.setOpened(true);
            Div editor = _get(details, Div.class, spec -> spec.withClasses("editor-" + chapter.name()));
            TextArea text = _get(editor, TextArea.class, spec -> spec.withClasses("markdown"));
            text.setValue("**" + chapter.key() + ":** 612 utredningar\n\n- en punkt <script>x</script>");
            String preview = _get(editor, Div.class, spec -> spec.withClasses("markdown-preview"))
                    .getElement()
                    .getProperty("innerHTML");
            assertThat(preview)
                    .contains("<strong>" + chapter.key() + ":</strong> 612 utredningar")
                    .contains("<li>en punkt &lt;script&gt;x&lt;/script&gt;</li>")
                    .doesNotContain("<script>");
            _get(editor, Button.class, spec -> spec.withClasses("save-text")).click();
            assertThat(service.text(chapter, period)).startsWith("**" + chapter.key() + ":**");
            assertThat(service.textHistory(chapter, period)).hasSize(1);
        }
    }

    @Test
    void aFileIsImportedThroughTheEditorAndItsErrorsNamed() {
        YearMonth period = YearMonth.of(2015, 8);
        navigate("rapporter/avsnitt", "period", period.toString());
        Div editor = open(SectionKind.LEX_SARAH);
        _upload(
                _get(editor, Upload.class),
                "lex-sarah.csv",
                "Period;Kategori;Antal;Radtyp\n2015-08;System;1;detalj\n2015-08;Totalt;tre;totalt\n"
                        .getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(editor, Paragraph.class, spec -> spec.withClasses("report-file-error"))
                        .getText())
                .contains("Rad 3, Antal: 'tre' är inte ett tal");
        assertThat(service.rows(SectionKind.LEX_SARAH, period)).isEmpty();
        _upload(
                _get(editor, Upload.class),
                "lex-sarah.csv",
                "Period;Kategori;Antal;Radtyp\n2015-08;System;1;detalj\n2015-08;Totalt;3;totalt\n"
                        .getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(service.rows(SectionKind.LEX_SARAH, period))
                .containsExactly(List.of("System", "1", "detalj"), List.of("Totalt", "3", "totalt"));
        // the editor shows the imported rows
        assertThat(field(editor, 0).getValue()).isEqualTo("Totalt");
    }

    @Test
    void aNewPeriodStartsFromTheLatestEarlierPeriodsRowsAndTextAsADraft() {
        service.save(
                SectionKind.ANNUAL_CYCLE,
                YearMonth.of(2015, 10),
                List.of(List.of("November", "11", "Månadsrapport för oktober behandlas", "Gul")),
                "controller");
        service.saveText(Chapter.ANNUAL_CYCLE, YearMonth.of(2015, 10), "Årshjulet följs.", "controller");
        YearMonth period = YearMonth.of(2015, 12);
        navigate("rapporter/avsnitt", "period", period.toString());
        Div editor = open(SectionKind.ANNUAL_CYCLE);
        Button copy = _get(editor, Button.class, spec -> spec.withClasses("copy-previous"));
        assertThat(copy.getText()).isEqualTo("Hämta raderna från oktober 2015 som utkast");
        copy.click();
        assertThat(field(editor, 2).getValue()).isEqualTo("Månadsrapport för oktober behandlas");
        assertThat(service.history(SectionKind.ANNUAL_CYCLE, period))
                .as("a draft until saved")
                .isEmpty();
        field(editor, 3).setValue("Grön");
        _get(editor, Button.class, spec -> spec.withClasses("save-rows")).click();
        assertThat(service.rows(SectionKind.ANNUAL_CYCLE, period))
                .containsExactly(List.of("November", "11", "Månadsrapport för oktober behandlas", "Grön"));

        Details details = _get(Details.class, spec -> spec.withClasses("chapter-arshjul"));
        details.setOpened(true);
        Div text = _get(details, Div.class, spec -> spec.withClasses("editor-ANNUAL_CYCLE"));
        _get(text, Button.class, spec -> spec.withClasses("copy-previous")).click();
        assertThat(_get(text, TextArea.class, spec -> spec.withClasses("markdown"))
                        .getValue())
                .isEqualTo("Årshjulet följs.");
        assertThat(service.text(Chapter.ANNUAL_CYCLE, period)).isEmpty();
    }

    @Test
    void theNamndReadsTheSectionsWithoutAWayToWrite() {
        login("namnd");
        navigate("rapporter/avsnitt", "period", "2021-08");
        _get(Paragraph.class, spec -> spec.withClasses("read-only-note"));
        _assertNone(Button.class, spec -> spec.withClasses("save-rows"));
        _assertNone(Button.class, spec -> spec.withClasses("save-text"));
        _assertNone(Upload.class);
        Div risks = open(SectionKind.RISKS);
        List<Component> fields = _find(risks, Component.class, spec -> spec.withClasses("field-1"));
        assertThat(fields).hasSize(5);
        assertThat(((HasValue<?, ?>) fields.getFirst()).isReadOnly()).isTrue();
        assertThat(((HasValue<?, ?>) fields.getFirst()).getValue())
                .isEqualTo("Ökad smittspridning på grund av pandemin.");
    }

    private static Div open(SectionKind kind) {
        Details details = _get(Details.class, spec -> spec.withClasses("section-" + kind.name()));
        details.setOpened(true);
        return _get(details, Div.class, spec -> spec.withClasses("editor-" + kind.name()));
    }

    /** The field of the editor's last row. */
    @SuppressWarnings("unchecked")
    private static HasValue<?, String> field(Div editor, int index) {
        return (HasValue<?, String>) _find(editor, Component.class, spec -> spec.withClasses("field-" + index))
                .getLast();
    }
}
