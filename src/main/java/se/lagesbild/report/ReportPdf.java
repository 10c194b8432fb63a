package se.lagesbild.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.ReportComments;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.reportdata.Markdown;

/**
 * The report of a frozen version as PDF (A4 landscape): a title page, then every section of the
 * version: tables split over pages with their header repeated, the deviation chart drawn as vector
 * graphics, the heatmaps as coloured tables; the version, its date and "Sida n av m" on every page.
 * Text is set in Liberation Sans (SIL Open Font License, {@code resources/fonts}), embedded as a
 * subset of the glyphs used: the standard PDF fonts have no U+2212, and with it a minus is the same
 * "−" as on screen; thousands are grouped with a non-breaking space as on screen.
 */
public final class ReportPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final Color TOTAL_BG = new Color(0xE4, 0xE6, 0xEA);
    private static final Color NEGATIVE = new Color(0xB3, 0x26, 0x1E);
    private static final Color POSITIVE = new Color(0x1E, 0x6E, 0x3A);
    private static final BaseFont REGULAR_FACE = embedded("fonts/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD_FACE = embedded("fonts/LiberationSans-Bold.ttf");
    private static final Font TITLE = new Font(BOLD_FACE, 28);
    private static final Font CHAPTER = new Font(BOLD_FACE, 18);
    private static final Font HEADING = new Font(BOLD_FACE, 14);
    private static final Font SUBHEADING = new Font(BOLD_FACE, 11);
    private static final Font BODY = new Font(REGULAR_FACE, 10);
    private static final Font TEXT = new Font(REGULAR_FACE, 8);
    private static final Font BOLD = new Font(BOLD_FACE, 8);
    private static final Font HEADER = new Font(BOLD_FACE, 7);
    private static final Font LARGE = new Font(REGULAR_FACE, 12);

    private ReportPdf() {}

    /** A font of the class path, embedded as Unicode (Identity-H) with only the glyphs a document uses. */
    private static BaseFont embedded(String resource) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            return BaseFont.createFont(
                    resource,
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    Objects.requireNonNull(in, resource).readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(ReportVersion version, OutputStream out) {
        write(ReportDocument.of(version), out);
    }

    /**
     * The document: a title page, then every chapter from a new page with its heading and text, and each
     * of its sections from a page of its own (a table split over pages with its header repeated), with
     * the comments on its figures under it.
     */
    public static void write(ReportDocument report, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(report.stamp()));
        document.addTitle(report.name());
        document.open();
        titlePage(document, report);
        for (ReportSection section : report.snapshot().sections()) {
            document.newPage();
            Paragraph heading = new Paragraph(
                    section.table().title(), section.kind() == ReportSection.Kind.TEXT ? CHAPTER : HEADING);
            heading.setSpacingAfter(8);
            heading.setKeepTogether(true);
            document.add(heading);
            switch (section.kind()) {
                case TEXT -> markdown(document, section.text());
                case BAR_CHART -> document.add(barChart(writer, section.table()));
                case HEATMAP -> document.add(heatmap(section.table()));
                case STATUS_LIST -> document.add(table(statusWords(section.table())));
                case RISK_MATRIX -> {
                    document.add(table(statusWords(section.table())));
                    Paragraph matrix = new Paragraph(SwedishTexts.swedish("reportdata.riskMatrix.title"), BOLD);
                    matrix.setSpacingBefore(10);
                    matrix.setSpacingAfter(4);
                    document.add(matrix);
                    document.add(riskMatrix(section.table()));
                }
                default -> document.add(table(section.table()));
            }
            comments(document, section);
        }
        document.close();
    }

    /** A status list's last column with its symbol before the word ("● Grön"), so colour never carries it alone. */
    static ExportTable statusWords(ExportTable table) {
        int last = table.columns().size() - 1;
        return new ExportTable(
                table.title(),
                table.labelHeader(),
                table.columns(),
                table.rows().stream()
                        .map(r -> {
                            List<String> texts = new java.util.ArrayList<>();
                            for (int c = 0; c < table.columns().size(); c++) {
                                texts.add(c == last ? ReportSection.withSymbol(r.text(c)) : r.text(c));
                            }
                            return new ExportTable.Row(r.label(), r.depth(), r.values(), r.emphasised(), texts);
                        })
                        .toList());
    }

    /**
     * The risks' 5 × 5 matrix: konsekvens across, sannolikhet up; each cell lists the numbers of the
     * risks in it (as in the table's order) and is shaded by its riskvärde (low, medium, high).
     */
    private static PdfPTable riskMatrix(ExportTable risks) {
        PdfPTable pdf = new PdfPTable(6);
        pdf.setWidthPercentage(60);
        pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (int p = 5; p >= 1; p--) {
            pdf.addCell(cell(
                    SwedishTexts.swedish("reportdata.riskMatrix.probability", p),
                    HEADER,
                    Element.ALIGN_LEFT,
                    TOTAL_BG));
            for (int k = 1; k <= 5; k++) {
                pdf.addCell(cell(RiskMatrix.cellText(risks, p, k), TEXT, Element.ALIGN_CENTER, riskColour(p * k)));
            }
        }
        pdf.addCell(cell("", HEADER, Element.ALIGN_LEFT, TOTAL_BG));
        for (int k = 1; k <= 5; k++) {
            pdf.addCell(cell(
                    SwedishTexts.swedish("reportdata.riskMatrix.consequence", k),
                    HEADER,
                    Element.ALIGN_CENTER,
                    TOTAL_BG));
        }
        return pdf;
    }

    private static Color riskColour(int value) {
        return switch (RiskMatrix.level(value)) {
            case LOW -> new Color(0xD5, 0xEF, 0xDC);
            case MEDIUM -> new Color(0xFB, 0xEC, 0xB0);
            case HIGH -> new Color(0xF6, 0xC9, 0xC5);
        };
    }

    /** A chapter's text: paragraphs, bullets (indented by depth) and sub-headings, bold and italic runs kept. */
    private static void markdown(Document document, String markdown) {
        for (Markdown.Block block : Markdown.blocks(markdown)) {
            Paragraph p = new Paragraph("", BODY);
            for (Markdown.Run run : block.runs()) {
                Font base = block.type() == Markdown.Block.Type.HEADING ? SUBHEADING : BODY;
                int style = (run.bold() ? Font.BOLD : 0) | (run.italic() ? Font.ITALIC : 0);
                Font font = style == 0 ? base : new Font(base.getBaseFont(), base.getSize(), style);
                p.add(new Phrase(run.text(), font));
            }
            if (block.type() == Markdown.Block.Type.BULLET) {
                p.setIndentationLeft(14 + block.depth() * 14);
                p.setFirstLineIndent(-10);
                p.add(0, new Phrase("• ", BODY));
            }
            p.setSpacingAfter(block.type() == Markdown.Block.Type.HEADING ? 2 : 5);
            p.setSpacingBefore(block.type() == Markdown.Block.Type.HEADING ? 8 : 0);
            document.add(p);
        }
    }

    /** The comments written on a section's figures, under it: the row, the text, who and when. */
    private static void comments(Document document, ReportSection section) {
        if (section.comments().isEmpty()) {
            return;
        }
        Paragraph title = new Paragraph(SwedishTexts.swedish("reportdata.comments.title"), BOLD);
        title.setSpacingBefore(8);
        document.add(title);
        for (ReportComments.Comment comment : section.comments()) {
            Paragraph p = new Paragraph("", BODY);
            if (comment.rowLabel() != null) {
                p.add(new Phrase(comment.rowLabel() + ": ", BOLD));
            }
            Markdown.blocks(comment.text()).forEach(b -> p.add(new Phrase(b.text() + " ", BODY)));
            p.add(new Phrase("(" + comment.author() + ", " + ReportVersion.DAY.format(comment.at()) + ")", TEXT));
            p.setSpacingAfter(3);
            document.add(p);
        }
    }

    private static void titlePage(Document document, ReportDocument report) {
        Paragraph title = new Paragraph(report.name(), TITLE);
        title.setSpacingBefore(140);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        for (String line : report.titleLines()) {
            Paragraph p = new Paragraph(line, LARGE);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(12);
            document.add(p);
        }
    }

    /** A table over as many pages as it needs, its header row repeated on each. */
    private static PdfPTable table(ExportTable table) {
        PdfPTable pdf = new PdfPTable(table.columns().size() + 1);
        pdf.setWidthPercentage(100);
        pdf.setWidths(widths(table));
        pdf.setHeaderRows(1);
        pdf.addCell(cell(table.labelHeader(), HEADER, Element.ALIGN_LEFT, TOTAL_BG));
        table.columns()
                .forEach(c -> pdf.addCell(
                        cell(c.header(), HEADER, c.isText() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, TOTAL_BG)));
        for (ExportTable.Row row : table.rows()) {
            Font font = row.emphasised() ? BOLD : TEXT;
            PdfPCell label = cell(row.label(), font, Element.ALIGN_LEFT, null);
            label.setPaddingLeft(3 + row.depth() * 10);
            pdf.addCell(label);
            for (int c = 0; c < table.columns().size(); c++) {
                pdf.addCell(cell(
                        SwedishFormat.cell(table, row, c),
                        font,
                        table.columns().get(c).isText() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
                        null));
            }
        }
        return pdf;
    }

    /**
     * The columns' relative widths: the label column wider than a number's; a text column as wide as
     * its longest text needs, up to six numbers' width (a comment of the analysis wraps within it).
     */
    private static float[] widths(ExportTable table) {
        float[] widths = new float[table.columns().size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = table.columns().stream().allMatch(ExportTable.Column::isText) ? 2f : 2.6f;
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).isText()) {
                int column = c;
                int longest = table.rows().stream()
                        .map(row -> row.text(column))
                        .mapToInt(text -> text == null ? 0 : text.length())
                        .max()
                        .orElse(0);
                widths[c + 1] = Math.clamp(longest / 30f, 1f, 6f);
            }
        }
        return widths;
    }

    /** Assessments as coloured cells with their word, so that the colour is never the only carrier. */
    private static PdfPTable heatmap(ExportTable table) {
        PdfPTable pdf = new PdfPTable(table.columns().size() + 1);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.addCell(cell(table.labelHeader(), BOLD, Element.ALIGN_LEFT, TOTAL_BG));
        table.columns().forEach(c -> pdf.addCell(cell(c.header(), BOLD, Element.ALIGN_CENTER, TOTAL_BG)));
        for (ExportTable.Row row : table.rows()) {
            pdf.addCell(cell(row.label(), TEXT, Element.ALIGN_LEFT, null));
            for (int c = 0; c < table.columns().size(); c++) {
                Assessment assessment = Assessment.fromLabel(row.text(c));
                pdf.addCell(cell(assessment.swedishLabel(), TEXT, Element.ALIGN_CENTER, colour(assessment)));
            }
        }
        return pdf;
    }

    private static Color colour(Assessment assessment) {
        return switch (assessment) {
            case GREEN -> new Color(0x9F, 0xD8, 0xAE);
            case YELLOW -> new Color(0xF6, 0xD8, 0x60);
            case RED -> new Color(0xF0, 0xA3, 0x9D);
            case NO_OUTCOME -> TOTAL_BG;
        };
    }

    /** Horizontal bars from the most negative, each labelled with its amount, drawn as vector graphics. */
    private static Image barChart(PdfWriter writer, ExportTable table) {
        List<ExportTable.Row> rows = table.rows().stream()
                .filter(r -> r.values().getFirst() != null)
                .sorted(Comparator.comparing(r -> r.values().getFirst()))
                .toList();
        float width = 760;
        float barHeight = 22;
        float height = rows.size() * barHeight + 30;
        float labelWidth = 250;
        float plotLeft = labelWidth + 60;
        float plotWidth = width - plotLeft - 60;
        BigDecimal max = rows.stream()
                .map(r -> r.values().getFirst().abs())
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE)
                .max(BigDecimal.ONE);
        float zero = plotLeft + plotWidth / 2;
        float scale = plotWidth / 2 / max.floatValue();
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = TEXT.getCalculatedBaseFont(false);
        for (int i = 0; i < rows.size(); i++) {
            ExportTable.Row row = rows.get(i);
            float value = row.values().getFirst().floatValue();
            float y = height - 20 - (i + 1) * barHeight + 5;
            chart.setColorFill(value < 0 ? NEGATIVE : POSITIVE);
            chart.rectangle(value < 0 ? zero + value * scale : zero, y, Math.abs(value * scale), barHeight - 8);
            chart.fill();
            chart.beginText();
            chart.setColorFill(Color.BLACK);
            chart.setFontAndSize(font, 9);
            chart.showTextAligned(PdfContentByte.ALIGN_LEFT, row.label(), 0, y + 3, 0);
            String amount = SwedishFormat.cell(table, row, 0);
            chart.showTextAligned(
                    value < 0 ? PdfContentByte.ALIGN_RIGHT : PdfContentByte.ALIGN_LEFT,
                    amount,
                    value < 0 ? zero + value * scale - 4 : zero + value * scale + 4,
                    y + 3,
                    0);
            chart.endText();
        }
        chart.setColorStroke(Color.DARK_GRAY);
        chart.moveTo(zero, 10);
        chart.lineTo(zero, height - 10);
        chart.stroke();
        chart.beginText();
        chart.setFontAndSize(font, 9);
        chart.showTextAligned(
                PdfContentByte.ALIGN_CENTER, table.columns().getFirst().header(), zero, 2, 0);
        chart.endText();
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** The version and its date at the top, "Sida n av m" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final String label;
        private PdfTemplate total;
        private BaseFont font;

        Footer(String label) {
            this.label = label;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = TEXT.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            String pageText = SwedishTexts.swedish("report.pdf.page", writer.getPageNumber()) + " ";
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, label, document.left(), page.getHeight() - 30, 0);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, label, document.left(), 24, 0);
            float width = font.getWidthPoint(pageText, 8);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, pageText, document.right() - width - 20, 24, 0);
            canvas.endText();
            canvas.addTemplate(total, document.right() - 20, 24);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.showText(SwedishTexts.swedish("report.pdf.of", writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
