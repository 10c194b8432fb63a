package se.lagesbild.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.export.TableExport;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

/**
 * The report of a version frozen from the demo data of August 2021 as PDF and XLSX: read back, page
 * by page and sheet by sheet, with the reference report's figures. (Freezing changes no figure.)
 */
@LagesbildTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfTest {

    @Autowired
    ReportService reports;

    /**
     * The delårsrapport of August 2021 (every chapter with its texts and tables, each section from a
     * page of its own: 103 kB; the figures alone were eleven pages, 56 kB) with its two fonts' subsets;
     * whole, the fonts are 825 kB.
     */
    private static final int PDF_MAX_BYTES = 150_000;

    private ReportVersion version;
    private List<String> pages;

    @BeforeAll
    void freezeAndWrite() throws Exception {
        version = reports.freeze("Delårsrapport 2 2021", YearMonth.of(2021, 8), "controller");
        pages = pages(version);
    }

    @Test
    void hasATitlePageThenEveryChapterFromANewPageEachPageWithVersionDateAndPageNumber() {
        assertThat(pages.getFirst()).startsWith("Delårsrapport22021").contains("Periodenjanuaritillochmedaugusti2021");
        String label = "Delårsrapport22021,fryst" + ReportVersion.DAY.format(version.frozenAt());
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p))
                    .as("page " + (p + 1))
                    .contains(label)
                    .contains("Sida" + (p + 1) + "av" + pages.size());
        }
        // the headline figures on the page after the title, then each chapter from a page of its own
        assertThat(pages.get(1)).startsWith("Lägetaugusti2021");
        int previous = 1;
        for (String heading : ReportDocumentsTest.HEADINGS) {
            int page = pageWith(ReportDocumentsTest.squeeze(heading));
            assertThat(page).as(heading).isGreaterThan(previous);
            previous = page;
        }
        assertThat(pageWith("Budgetavvikelseperverksamhet,augusti2021")).isGreaterThan(pageWith("4Ekonomiskrapport"));
        assertThat(pages.get(pageWith("Prognostiseradavvikelsemotbudget,helår(tkr)")))
                .contains("Prognostiseradavvikelsemotbudget,helår(tkr)");
        assertThat(pageWith("Målområdenpermånad2021")).isGreaterThan(pageWith("2Måluppföljningaugusti"));
        // Jämförelser: each key figure's latest year up to 2021, Tyresö beside its peers
        assertThat(pages.get(pageWith("Tyresöjämförtmedandrakommuner,senasteår(Källa:Kolada)")))
                .contains("N30001Nettokostnadsavvikelseindivid-ochfamiljeomsorg,(%)20208,417,0")
                .contains("N31001Kostnadekonomisktbistånd,kr/inv2020812");
    }

    /** The index of the first page whose text contains {@code text}. */
    private int pageWith(String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("No page holds " + text);
    }

    @Test
    void theBudgetDeviationTableHoldsEveryReferenceRow() {
        String page = pages.get(pageWith("Budgetavvikelseperverksamhet,augusti2021"));
        for (Map<String, String> reference : ReferenceCsv.read("economy_by_activity.csv")) {
            Map<String, String> row = withMinusSigns(reference);
            String name = row.get("name_normalized").replaceAll("\\s", "");
            assertThat(page)
                    .as(name)
                    .contains(name + row.get("actual_period") + row.get("budget_period") + row.get("deviation_period"))
                    .contains(row.get("forecast_full_year")
                            + row.get("budget_full_year")
                            + row.get("deviation_full_year"))
                    .contains(row.get("previous_forecast") + row.get("forecast_change"));
        }
    }

    @Test
    void negativeAmountsHaveTheMinusSignOfTheScreenAndSwedishLettersStay() throws Exception {
        String all = String.join("", pages);
        assertThat(pages.get(pageWith("Budgetavvikelseperverksamhet,augusti2021")))
                .as("Resultat ASN, utfall")
                .contains("ResultatASN\u2212180959");
        assertThat(pages.get(pageWith("Prognostiseradavvikelsemotbudget,helår(tkr)")))
                .as("the bar chart's labels")
                .contains("\u22123372");
        // the figures' sections (the chapters' texts are as their writers wrote them, e.g. "-8,0 Mkr")
        ReportVersion figuresOnly = new ReportVersion(
                version.id(),
                version.name(),
                version.period(),
                version.frozenAt(),
                version.frozenBy(),
                new ReportSnapshot(
                        version.period(),
                        version.snapshot().sections().stream()
                                .filter(s -> s.kind() != ReportSection.Kind.TEXT)
                                .toList()));
        String figures = String.join("", pages(figuresOnly));
        assertThat(figures.replaceAll("\\d{4}-\\d{2}-\\d{2}|covid-19|\\d+-\\d+år|\\d{4}-\\d{4}|\\(-2017\\)|---", ""))
                .as("no hyphen-minus before a figure (dates, covid-19 and Kolada's age ranges aside)")
                .doesNotContainPattern("-\\d");
        assertThat(all).contains("Delårsrapport", "Målområden", "Röd", "Föregåendeprognos");
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoThePdfStaysSmall() throws Exception {
        byte[] pdf = write(version);
        assertThat(pdf.length).as("bytes").isLessThan(PDF_MAX_BYTES);
        PdfReader reader = new PdfReader(pdf);
        org.openpdf.text.pdf.PdfDictionary resources =
                reader.getPageN(3).getAsDict(org.openpdf.text.pdf.PdfName.RESOURCES);
        org.openpdf.text.pdf.PdfDictionary fonts = resources.getAsDict(org.openpdf.text.pdf.PdfName.FONT);
        List<String> names = new ArrayList<>();
        for (org.openpdf.text.pdf.PdfName key : fonts.getKeys()) {
            names.add(fonts.getAsDict(key)
                    .getAsName(org.openpdf.text.pdf.PdfName.BASEFONT)
                    .toString());
        }
        assertThat(names)
                .isNotEmpty()
                .allMatch(name -> name.matches("/[A-Z]{6}\\+LiberationSans(-Bold)?"), "a subset of Liberation Sans");
    }

    @Test
    void theHeadlineAndInvestigationPagesHoldTheReferenceFigures() {
        assertThat(pages.get(1))
                .contains(
                        "Helårsprognos,avvikelsemotbudget\u22128,0Mkr",
                        "641612sammaperiod2020(+4,7%)",
                        "233195sammaperiod2020(+19,5%)",
                        "3.LeveransRöd5av10enhetergröna(50%)");
        assertThat(pages.get(pageWith("Utredningsvolymer"))).contains("641612");
        assertThat(pages.get(pageWith("Senautredningar,augusti2021"))).contains("16%10%");
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderOnEach() throws Exception {
        List<ExportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(new ExportTable.Row("Rad " + i, 0, List.of(BigDecimal.valueOf(-1000L * i)), false));
        }
        ExportTable table =
                new ExportTable("Lång tabell", "Radrubrik", List.of(new ExportTable.Column("Belopp", 0)), rows);
        ReportVersion longVersion = new ReportVersion(
                0,
                "Lång",
                YearMonth.of(2011, 1),
                Instant.now(),
                "test",
                new ReportSnapshot(
                        YearMonth.of(2011, 1), List.of(new ReportSection("long", ReportSection.Kind.TABLE, table))));
        List<String> longPages = pages(longVersion);
        assertThat(longPages.size()).isGreaterThan(3);
        for (String page : longPages.subList(1, longPages.size())) {
            assertThat(page).contains("RadrubrikBelopp");
        }
        assertThat(String.join("", longPages)).contains("Rad150\u2212150000");
    }

    @Test
    void theXlsxHasOneSheetPerTableWithTheReferenceFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(
                version.snapshot().sections().stream()
                        .filter(s -> s.kind() != ReportSection.Kind.TEXT)
                        .map(ReportSection::table)
                        .toList(),
                out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets())
                    .isEqualTo(version.snapshot().sections().stream()
                            .filter(s -> s.kind() != ReportSection.Kind.TEXT)
                            .count());
            Sheet activities = workbook.getSheetAt(8);
            assertThat(activities.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Budgetavvikelse per verksamhet, augusti 2021");
            assertThat(activities.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Resultat ASN");
            assertThat(Math.round(activities.getRow(3).getCell(1).getNumericCellValue()))
                    .isEqualTo(-180959);
            assertThat(Math.round(activities.getRow(3).getCell(7).getNumericCellValue()))
                    .isEqualTo(-8016);
        }
    }

    /** The reference report's figures with the minus sign that the report prints (the CSV has "-"). */
    private static Map<String, String> withMinusSigns(Map<String, String> row) {
        Map<String, String> signed = new java.util.HashMap<>();
        row.forEach((key, value) -> signed.put(key, value.startsWith("-") ? "\u2212" + value.substring(1) : value));
        return signed;
    }

    private static byte[] write(ReportVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(version, out);
        return out.toByteArray();
    }

    /** Each page's text with all white space removed (the extractor does not keep the cells' spacing). */
    private static List<String> pages(ReportVersion version) throws Exception {
        PdfReader reader = new PdfReader(write(version));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pages.add(extractor.getTextFromPage(p).replaceAll("[\\s\\u00A0]", ""));
        }
        return pages;
    }
}
