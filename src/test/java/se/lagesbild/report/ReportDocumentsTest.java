package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

/**
 * The delårsrapport of August 2021 (the demo data, frozen) as DOCX and PDF, read back: every heading
 * of the reference report's sections 1–7 and both bilagor in the reference's order, and every figure
 * of the reference files of the written sections (risks with riskvärde, uppdrag and åtgärder with
 * status, årshjul, sjukfrånvaro, lex Sarah, politiska prioriteringar, öppna jämförelser, Kolada's
 * values) and of the net-cost table; the version stamp in the DOCX's footer of every page.
 */
@LagesbildTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ReportDocumentsTest {

    /** The reference's headings, in its order (it has no section 3). */
    public static final List<String> HEADINGS = List.of(
            "1 Viktiga händelser under perioden maj till augusti",
            "2 Måluppföljning augusti",
            "4 Ekonomisk rapport",
            "5 Uppföljning uppdrag",
            "6 Uppföljning av risker",
            "7 Uppföljning av årshjul",
            "Bilaga 1 – Uppföljning av övriga indikatorer/verksamhetsmått",
            "Bilaga 2 – Uppföljning av nämndens politiska prioriteringar 2021");

    @Autowired
    ReportService reports;

    private ReportVersion version;
    private XWPFDocument docx;
    private String docxText;
    private String pdfText;

    @BeforeAll
    void freezeAndWrite() throws Exception {
        version = reports.freeze("Delårsrapport 2 2021", YearMonth.of(2021, 8), "controller");
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        ReportDocx.write(ReportDocument.of(version), word);
        docx = new XWPFDocument(new ByteArrayInputStream(word.toByteArray()));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            docxText = extractor.getText();
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportPdf.write(version, pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p));
        }
        pdfText = text.toString();
    }

    @Test
    void theDocxHeadingsAreTheReferenceChaptersInOrderAsWordHeadings() {
        List<String> headings = docx.getParagraphs().stream()
                .filter(p -> ReportDocx.HEADING_1.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
        assertThat(headings).containsExactlyElementsOf(HEADINGS);
        assertThat(docx.getStyles().getStyle(ReportDocx.HEADING_1)).isNotNull();
        assertThat(docx.getTables()).hasSizeGreaterThan(15);
    }

    @Test
    void thePdfHoldsTheReferenceHeadingsInOrder() {
        String text = squeeze(pdfText);
        int from = 0;
        for (String heading : HEADINGS) {
            int at = text.indexOf(squeeze(heading), from);
            assertThat(at).as(heading).isGreaterThanOrEqualTo(from);
            from = at;
        }
    }

    @Test
    void theDocxFooterOfEveryPageHoldsTheVersionStampAndThePageNumber() {
        // one footer, the default, and no other kind (first page, even pages): it is on every page
        assertThat(docx.getFooterList()).hasSize(1);
        XWPFFooter footer = docx.getFooterList().getFirst();
        assertThat(footer.getText()).contains(version.label()).contains("Sida").contains("av");
        var sections = docx.getDocument().getBody().getSectPr();
        assertThat(sections.getFooterReferenceList()).hasSize(1);
        assertThat(sections.isSetTitlePg()).isFalse();
        assertThat(footer.getParagraphs().getFirst().getCTP().getFldSimpleList())
                .extracting(f -> f.getInstr().split(" ")[0])
                .containsExactly("PAGE", "NUMPAGES");
    }

    @Test
    void bothHoldEveryFigureOfTheWrittenSectionsReferenceFiles() {
        List<String> figures = new ArrayList<>();
        for (Map<String, String> r : ReferenceCsv.read("risks.csv")) {
            figures.add(r.get("risk").replaceFirst(" Riskvärde \\d+$", ""));
            figures.add(r.get("risk_type"));
            figures.add(r.get("measure_or_comment"));
            figures.add(r.get("risk_value") + r.get("measure_or_comment"));
        }
        for (Map<String, String> r : ReferenceCsv.read("economic_actions.csv")) {
            figures.add(r.get("action") + ReportSection.withSymbol(r.get("status")));
        }
        for (Map<String, String> r : ReferenceCsv.read("assignments.csv")) {
            figures.add(r.get("assignment") + r.get("commissioned_by") + r.get("comment"));
            figures.add(r.get("status_raw"));
        }
        for (Map<String, String> r : ReferenceCsv.read("annual_cycle.csv")) {
            figures.add(r.get("month_label") + r.get("activity"));
        }
        for (Map<String, String> r : ReferenceCsv.read("political_priorities.csv")) {
            figures.add(r.get("priority") + r.get("comment"));
        }
        for (Map<String, String> r : ReferenceCsv.read("lex_sarah.csv")) {
            figures.add(r.get("category") + r.get("count"));
        }
        for (Map<String, String> r : ReferenceCsv.read("sick_leave.csv")) {
            figures.add(r.get("scope") + r.get("utfall_pct").replace('.', ','));
        }
        for (Map<String, String> r : ReferenceCsv.read("kolada.csv")) {
            if (r.get("scope").equals("Tyresö") && r.get("value_type").equals("actual")) {
                figures.add(r.get("kpi_name"));
                figures.add(r.get("value_raw"));
            }
        }
        for (Map<String, String> r : ReferenceCsv.read("open_comparisons.csv")) {
            if (!r.get("fulfilled").isEmpty()) {
                figures.add(r.get("kvalitetsomrade"));
                figures.add(r.get("fulfilled") + "/" + r.get("total"));
            }
            if (!r.get("pct_reported").isEmpty() && !r.get("source_table").equals("text")) {
                figures.add(r.get("pct_reported") + " %");
            }
        }
        for (Map<String, String> r : ReferenceCsv.read("measures.csv")) {
            if (r.get("measure").startsWith("ej verkställda beslut: ")) {
                figures.add(r.get("measure").substring("ej verkställda beslut: ".length()) + r.get("value"));
            }
        }
        for (Map<String, String> r : ReferenceCsv.read("economy_by_activity.csv")) {
            figures.add(r.get("name_normalized"));
            figures.add(minus(r.get("deviation_full_year")));
        }
        String word = squeeze(docxText);
        String pdf = squeeze(pdfText);
        for (String figure : figures) {
            assertThat(word).as("DOCX: " + figure).contains(squeeze(figure));
            assertThat(pdf).as("PDF: " + figure).contains(squeeze(figure));
        }
        // statuses carry a symbol and a word, never colour alone
        assertThat(docxText).contains("● Grön").contains("▲ Gul").contains("► Arbetet pågår");
        // the chapters' texts as written: the viktiga händelser with their figures
        assertThat(word)
                .contains(squeeze("pågick 612 utredningar på barn och ungdomsenheten medan det i år pågick 641"));
        assertThat(pdf).contains(squeeze("från 195 pågående utredningar till 233"));
    }

    @Test
    void theRiskMatrixPlacesEachRiskByItsSannolikhetAndKonsekvens() {
        ExportTable risks =
                version.snapshot().section("section-risker").orElseThrow().table();
        assertThat(risks.rows()).extracting(r -> r.values().get(3).intValue()).containsExactly(9, 16, 20, 25, 20);
        assertThat(RiskMatrix.cellText(risks, 4, 5)).isEqualTo("R3, R5");
        assertThat(RiskMatrix.cellText(risks, 5, 5)).isEqualTo("R4");
        assertThat(RiskMatrix.cellText(risks, 1, 1)).isEqualTo("(1)");
    }

    private static String minus(String amount) {
        return amount.replace('-', '\u2212');
    }

    /** Text without white space and with the thousands as printed (no-break spaces removed too). */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
