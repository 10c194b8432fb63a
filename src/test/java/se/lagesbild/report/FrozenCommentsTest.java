package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Comments;
import se.lagesbild.comments.CommentService;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.support.LagesbildTest;

/**
 * A frozen report version holds the comments of its period, in its snapshot, its PDF and its DOCX, and a later
 * edit changes the live report only; in September 2005, a month no other test and no demo data use.
 */
@LagesbildTest
class FrozenCommentsTest {

    private static final YearMonth PERIOD = YearMonth.of(2005, 9);
    private static final Comments.Subject EKB = new Comments.Subject(Comments.Kind.ACTIVITY, "EKB");

    @Autowired
    ReportService reports;

    @Autowired
    CommentService comments;

    @Autowired
    EconomyService economy;

    @Test
    void aVersionKeepsTheCommentsItWasFrozenWithInItsPdfToo() throws Exception {
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2005, 9, "EKB", "GRANTS", new BigDecimal("-500"))),
                "change.economy.actual",
                "test",
                "set-up",
                null);
        comments.save(EKB, PERIOD, "Biståndet ökar med arbetslösheten.", "controller");
        comments.save(new Comments.Subject(Comments.Kind.UNIT, "BUE"), PERIOD, "Fler anmälningar.", "enhetschef");

        ReportVersion version = reports.freeze("Månadsrapport september 2005", PERIOD, "controller");
        assertThat(comments(version.snapshot(), "activities"))
                .containsExactly("Ekonomiskt bistånd | Biståndet ökar med arbetslösheten. | controller");
        assertThat(comments(version.snapshot(), "volumes"))
                .containsExactly("Barn- och ungdomsenheten | Fler anmälningar. | enhetschef");
        assertThat(pdf(version)).contains("Kommentarer").contains("Biståndetökarmedarbetslösheten.");

        // a later edit: the live report has it, the version and its PDF do not
        comments.save(EKB, PERIOD, "Biståndet ökar mindre än befarat.", "ledning");
        ReportVersion stored = reports.version(version.id()).orElseThrow();
        assertThat(comments(stored.snapshot(), "activities"))
                .containsExactly("Ekonomiskt bistånd | Biståndet ökar med arbetslösheten. | controller");
        assertThat(pdf(stored))
                .contains("Biståndetökarmedarbetslösheten.")
                .doesNotContain("Biståndetökarmindreänbefarat.");
        assertThat(docx(stored))
                .contains("Ekonomiskt bistånd: Biståndet ökar med arbetslösheten. (controller, ")
                .doesNotContain("Biståndet ökar mindre än befarat.");
        assertThat(comments(reports.live(PERIOD), "activities"))
                .containsExactly("Ekonomiskt bistånd | Biståndet ökar mindre än befarat. | ledning");
        assertThat(reports.changesSince(stored))
                .anySatisfy(change -> assertThat(change.toString()).contains("Biståndet ökar mindre än befarat."));
    }

    /** The comments on a section of the snapshot: the row they explain, the text and who wrote it. */
    private static List<String> comments(ReportSnapshot snapshot, String section) {
        return snapshot.section(section).orElseThrow().comments().stream()
                .map(c -> c.rowLabel() + " | " + c.text() + " | " + c.author())
                .toList();
    }

    /** The Word document's text. */
    private static String docx(ReportVersion version) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocx.write(ReportDocument.of(version), out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    /** The PDF's text without white space (the extractor's spacing is the layout's). */
    private static String pdf(ReportVersion version) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(version, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p).replaceAll("[\\s\\u00A0]", ""));
        }
        return text.toString();
    }
}
