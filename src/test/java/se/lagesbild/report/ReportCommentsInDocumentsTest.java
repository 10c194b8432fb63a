package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import se.lagesbild.base.ReportComments;
import se.lagesbild.base.export.ExportTable;

/**
 * Where comments on figures appear (the API of base.ReportComments): under their section's table in
 * the PDF and the DOCX, with the row they explain, who wrote them and when; a frozen snapshot keeps
 * them as they were (they are part of its JSON).
 */
class ReportCommentsInDocumentsTest {

    private static final Instant AT = Instant.parse("2021-09-10T08:00:00Z");

    private static ReportDocument document() {
        ExportTable table = new ExportTable(
                "Budgetavvikelse per verksamhet, augusti 2021",
                "Verksamhet",
                List.of(new ExportTable.Column("Avvikelse", 0)),
                List.of(new ExportTable.Row("Ekonomiskt bistånd", 0, List.of(new BigDecimal("-1181")), false)));
        ReportSection section = new ReportSection("activities", ReportSection.Kind.TABLE, table)
                .withComments(List.of(new ReportComments.Comment(
                        "activities",
                        "Ekonomiskt bistånd",
                        "Fler **större hushåll** än budgeterat.",
                        "controller",
                        AT)));
        ReportSection chapter = new ReportSection(
                "chapter-ekonomi",
                ReportSection.Kind.TEXT,
                new ExportTable("4 Ekonomisk rapport", "", List.of(), List.of()),
                "Text",
                List.of());
        return ReportDocument.live(
                "Testrapport", new ReportSnapshot(YearMonth.of(2021, 8), List.of(chapter, section)), AT);
    }

    @Test
    void theDocxPrintsEachCommentUnderItsSectionWithRowAuthorAndDate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocx.write(document(), out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text.indexOf("Kommentarer")).isGreaterThan(text.indexOf("Ekonomiskt bistånd"));
            assertThat(text)
                    .contains("Ekonomiskt bistånd: Fler större hushåll än budgeterat. (controller, "
                            + ReportVersion.DAY.format(AT) + ")");
        }
    }

    @Test
    void thePdfPrintsEachCommentUnderItsSection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(document(), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
        assertThat(text.replaceAll("\\s", ""))
                .contains("Kommentarer")
                .contains("Ekonomisktbistånd:Flerstörrehushållänbudgeterat.(controller," + ReportVersion.DAY.format(AT)
                        + ")");
    }

    @Test
    void aSnapshotKeepsItsCommentsInItsJson() {
        ReportSnapshot snapshot = document().snapshot();
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        ReportSnapshot read = json.readValue(json.writeValueAsString(snapshot), ReportSnapshot.class);
        assertThat(read.section("activities").orElseThrow().comments())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.rowLabel()).isEqualTo("Ekonomiskt bistånd");
                    assertThat(c.at()).isEqualTo(AT);
                });
        assertThat(read.section("chapter-ekonomi").orElseThrow().text()).isEqualTo("Text");
        // a version frozen before texts and comments existed reads with none
        ReportSnapshot old = json.readValue(
                "{\"period\":\"2021-08\",\"sections\":[{\"key\":\"activities\",\"kind\":\"TABLE\",\"table\":"
                        + json.writeValueAsString(
                                snapshot.section("activities").orElseThrow().table()) + "}]}",
                ReportSnapshot.class);
        assertThat(old.sections().getFirst().comments()).isEmpty();
        assertThat(old.sections().getFirst().text()).isNull();
    }
}
