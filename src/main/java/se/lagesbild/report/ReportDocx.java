package se.lagesbild.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.ReportComments;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.reportdata.Markdown;

/**
 * The report as Word (DOCX, Apache POI), for the nämnd's diarium and the kommun's template: A4
 * landscape, a title page, every chapter a "Rubrik 1" (Heading1) from a new page with its text, every
 * table a real Word table under a "Rubrik 2" (Heading2) with its header row repeated on each page,
 * statuses as symbol and word (and shaded), the risks' matrix as a table, the comments on a section's
 * figures under it; every page's footer holds the version stamp and "Sida n av m" (Word fields).
 */
public final class ReportDocx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String TITLE = "Title";

    private ReportDocx() {}

    public static void write(ReportDocument report, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            styles(document);
            landscape(document);
            footer(document, report.stamp());
            titlePage(document, report);
            for (ReportSection section : report.snapshot().sections()) {
                boolean chapter = section.kind() == ReportSection.Kind.TEXT;
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle(chapter ? HEADING_1 : HEADING_2);
                heading.setPageBreak(chapter || section.key().startsWith("pin-"));
                heading.createRun().setText(section.table().title());
                switch (section.kind()) {
                    case TEXT -> markdown(document, section.text());
                    case HEATMAP -> table(document, section.table(), true, false);
                    case STATUS_LIST -> table(document, ReportPdf.statusWords(section.table()), false, true);
                    case RISK_MATRIX -> {
                        table(document, ReportPdf.statusWords(section.table()), false, true);
                        XWPFParagraph title = document.createParagraph();
                        title.setStyle(HEADING_3);
                        title.createRun().setText(SwedishTexts.swedish("reportdata.riskMatrix.title"));
                        riskMatrix(document, section.table());
                    }
                    default -> table(document, section.table(), false, false);
                }
                comments(document, section);
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titlePage(XWPFDocument document, ReportDocument report) {
        XWPFParagraph title = document.createParagraph();
        title.setStyle(TITLE);
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(2400);
        title.createRun().setText(report.name());
        for (String line : report.titleLines()) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            run.setFontSize(14);
            run.setText(line);
        }
    }

    /** Every page's footer: the stamp, then "Sida {PAGE} av {NUMPAGES}". */
    private static void footer(XWPFDocument document, String stamp) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        XWPFRun run = p.createRun();
        run.setFontSize(8);
        run.setText(stamp + "\t" + SwedishTexts.swedish("report.pdf.page", "").strip() + " ");
        p.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        XWPFRun of = p.createRun();
        of.setFontSize(8);
        of.setText(" " + SwedishTexts.swedish("report.pdf.of", "").strip() + " ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES \\* MERGEFORMAT");
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    /** Word's built-in heading ids with their outline levels, so Word's navigation and TOC find them. */
    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        style(styles, TITLE, "Title", null, 56);
        style(styles, HEADING_1, "heading 1", 0, 36);
        style(styles, HEADING_2, "heading 2", 1, 26);
        style(styles, HEADING_3, "heading 3", 2, 22);
    }

    private static void style(XWPFStyles styles, String id, String name, Integer level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (level != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void markdown(XWPFDocument document, String markdown) {
        for (Markdown.Block block : Markdown.blocks(markdown)) {
            XWPFParagraph p = document.createParagraph();
            if (block.type() == Markdown.Block.Type.HEADING) {
                p.setStyle(HEADING_3);
            }
            if (block.type() == Markdown.Block.Type.BULLET) {
                p.setIndentationLeft(360 + block.depth() * 360);
                p.setIndentationHanging(240);
                p.createRun().setText("•\t");
            }
            for (Markdown.Run piece : block.runs()) {
                XWPFRun run = p.createRun();
                run.setBold(piece.bold());
                run.setItalic(piece.italic());
                run.setText(piece.text());
            }
        }
    }

    /** A real Word table: the header row (repeated on each page), the rows with depth and emphasis. */
    private static void table(XWPFDocument document, ExportTable table, boolean heatmap, boolean status) {
        XWPFTable word =
                document.createTable(table.rows().size() + 1, table.columns().size() + 1);
        word.setWidth("100%");
        XWPFTableRow header = word.getRow(0);
        header.setRepeatHeader(true);
        text(header.getCell(0), table.labelHeader(), true, ParagraphAlignment.LEFT, "E4E6EA");
        for (int c = 0; c < table.columns().size(); c++) {
            ExportTable.Column column = table.columns().get(c);
            text(
                    header.getCell(c + 1),
                    column.header(),
                    true,
                    column.isText() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT,
                    "E4E6EA");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            ExportTable.Row row = table.rows().get(r);
            XWPFTableRow line = word.getRow(r + 1);
            line.setCantSplitRow(true);
            text(
                    line.getCell(0),
                    "  ".repeat(row.depth()) + row.label(),
                    row.emphasised(),
                    ParagraphAlignment.LEFT,
                    null);
            for (int c = 0; c < table.columns().size(); c++) {
                String cell = SwedishFormat.cell(table, row, c);
                String shade = null;
                if (heatmap) {
                    shade = colour(row.text(c));
                    cell = ReportSection.withSymbol(cell);
                } else if (status && c == table.columns().size() - 1) {
                    shade = colour(row.text(c) == null ? null : row.text(c).replaceFirst("^\\S+ ", ""));
                }
                text(
                        line.getCell(c + 1),
                        cell,
                        row.emphasised(),
                        table.columns().get(c).isText() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT,
                        shade);
            }
        }
        document.createParagraph();
    }

    private static void riskMatrix(XWPFDocument document, ExportTable risks) {
        XWPFTable word = document.createTable(6, 6);
        word.setWidth("60%");
        for (int p = 5; p >= 1; p--) {
            XWPFTableRow row = word.getRow(5 - p);
            text(
                    row.getCell(0),
                    SwedishTexts.swedish("reportdata.riskMatrix.probability", p),
                    true,
                    ParagraphAlignment.LEFT,
                    "E4E6EA");
            for (int k = 1; k <= 5; k++) {
                String shade = switch (RiskMatrix.level(p * k)) {
                    case LOW -> "D5EFDC";
                    case MEDIUM -> "FBECB0";
                    case HIGH -> "F6C9C5";
                };
                text(row.getCell(k), RiskMatrix.cellText(risks, p, k), false, ParagraphAlignment.CENTER, shade);
            }
        }
        XWPFTableRow axis = word.getRow(5);
        text(axis.getCell(0), "", true, ParagraphAlignment.LEFT, "E4E6EA");
        for (int k = 1; k <= 5; k++) {
            text(
                    axis.getCell(k),
                    SwedishTexts.swedish("reportdata.riskMatrix.consequence", k),
                    true,
                    ParagraphAlignment.CENTER,
                    "E4E6EA");
        }
        document.createParagraph();
    }

    private static String colour(String status) {
        if (status == null) {
            return null;
        }
        try {
            return switch (Assessment.fromLabel(status)) {
                case GREEN -> "9FD8AE";
                case YELLOW -> "F6D860";
                case RED -> "F0A39D";
                case NO_OUTCOME -> "E4E6EA";
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void text(
            XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment, String shade) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setFontSize(8);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
        if (shade != null) {
            cell.setColor(shade);
        }
    }

    private static void comments(XWPFDocument document, ReportSection section) {
        if (section.comments().isEmpty()) {
            return;
        }
        XWPFParagraph title = document.createParagraph();
        title.setStyle(HEADING_3);
        title.createRun().setText(SwedishTexts.swedish("reportdata.comments.title"));
        for (ReportComments.Comment comment : section.comments()) {
            XWPFParagraph p = document.createParagraph();
            if (comment.rowLabel() != null) {
                XWPFRun label = p.createRun();
                label.setBold(true);
                label.setText(comment.rowLabel() + ": ");
            }
            List<Markdown.Block> blocks = Markdown.blocks(comment.text());
            blocks.forEach(b -> p.createRun().setText(b.text() + " "));
            XWPFRun by = p.createRun();
            by.setItalic(true);
            by.setText("(" + comment.author() + ", " + ReportVersion.DAY.format(comment.at()) + ")");
        }
    }
}
