package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.support.LagesbildTest;

/**
 * The stable download addresses: the live report of August 2021 and a frozen version as PDF and
 * DOCX for any signed-in user who may read reports (the nämnd too); a månadsrapport with the chosen
 * chapters only; nobody else.
 */
@LagesbildTest
class ReportFileControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ReportService reports;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void theLiveReportOfAPeriodAsDocxAndPdfForTheNamnd() throws Exception {
        byte[] docx = mvc.perform(get("/rapport/2021-08.docx").principal(as("namnd")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ReportDocx.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(headings(document)).containsExactlyElementsOf(ReportDocumentsTest.HEADINGS);
            assertThat(document.getFooterList().getFirst().getText()).contains("Delårsrapport 2 2021, live");
        }
        byte[] pdf = mvc.perform(get("/rapport/2021-08.pdf").principal(as("enhetschef")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ReportPdf.CONTENT_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Delårsrapport 2 2021");
    }

    @Test
    void aMonthlyReportHoldsTheChosenChaptersOnly() throws Exception {
        byte[] docx = mvc.perform(
                        get("/rapport/2021-08.docx?kapitel=handelser,risker").principal(as("ledning")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(headings(document))
                    .containsExactly("1 Viktiga händelser under perioden maj till augusti", "6 Uppföljning av risker");
            assertThat(document.getParagraphs().getFirst().getText()).isEqualTo("Månadsrapport augusti 2021");
        }
    }

    @Test
    void aFrozenVersionAtItsOwnAddressKeepsItsStamp() throws Exception {
        ReportVersion version = reports.freeze(
                "Månadsrapport augusti 2021",
                YearMonth.of(2021, 8),
                EnumSet.of(Chapter.ECONOMY, Chapter.RISKS),
                "controller");
        assertThat(version.snapshot().sections())
                .extracting(ReportSection::key)
                .contains("chapter-ekonomi", "activities", "chapter-risker", "section-risker")
                .doesNotContain("chapter-handelser", "section-arshjul");
        byte[] docx = mvc.perform(
                        get("/rapport/version/" + version.id() + ".docx").principal(as("namnd")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getFooterList().getFirst().getText()).contains(version.label());
            assertThat(headings(document)).containsExactly("4 Ekonomisk rapport", "6 Uppföljning av risker");
        }
        mvc.perform(get("/rapport/version/" + version.id() + ".pdf").principal(as("namnd")))
                .andExpect(status().isOk());
        mvc.perform(get("/rapport/version/999999999.pdf").principal(as("namnd")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheControllerFreezesAMonthlyReport() {
        for (String user : List.of("ledning", "enhetschef", "namnd", "admin")) {
            assertThatThrownBy(() ->
                            reports.freeze("Månadsrapport", YearMonth.of(2021, 8), EnumSet.of(Chapter.EVENTS), user))
                    .as(user)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
        assertThat(reports.versions()).extracting(ReportVersion::name).doesNotContain("Månadsrapport");
    }

    @Test
    void nobodyButASignedInActiveUserGetsAReport() {
        assertThatThrownBy(() -> mvc.perform(get("/rapport/2021-08.pdf").principal(as("okänd"))))
                .hasRootCauseInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> mvc.perform(get("/rapport/2021-08.docx")))
                .hasRootCauseInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static UsernamePasswordAuthenticationToken as(String user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    private static List<String> headings(XWPFDocument document) {
        return document.getParagraphs().stream()
                .filter(p -> ReportDocx.HEADING_1.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }
}
