package se.lagesbild.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an {@link ExportTable} as Excel users expect it: XLSX with real numbers (formatted as tkr
 * with a thousands separator, one decimal for percentages) and CSV as Swedish Excel reads it
 * (UTF-8 with BOM, semicolon, decimal comma; text cells safe to open, {@link Csv}). An XLSX text cell is
 * always a text cell (a string value, never a formula), whatever it begins with.
 */
public final class TableExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";

    private TableExport() {}

    public static void xlsx(ExportTable table, OutputStream out) throws IOException {
        xlsx(java.util.List.of(table), out);
    }

    /** One workbook with a sheet per table, each named after its table's title (made unique). */
    public static void xlsx(java.util.List<ExportTable> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (ExportTable table : tables) {
                String name = sheetName(table.title());
                for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                    String suffix = " (" + n + ")";
                    name = sheetName(table.title())
                                    .substring(
                                            0, Math.min(sheetName(table.title()).length(), 31 - suffix.length()))
                            + suffix;
                }
                sheet(workbook, workbook.createSheet(name), table);
            }
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Sheet sheet, ExportTable table) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        CellStyle[] plain = new CellStyle[table.columns().size()];
        CellStyle[] strong = new CellStyle[table.columns().size()];
        for (int c = 0; c < plain.length; c++) {
            int decimals = Math.max(0, table.columns().get(c).decimals());
            plain[c] = workbook.createCellStyle();
            plain[c].setDataFormat(workbook.createDataFormat()
                    .getFormat(decimals == 0 ? "#,##0;-#,##0" : "#,##0." + "0".repeat(decimals)));
            strong[c] = workbook.createCellStyle();
            strong[c].cloneStyleFrom(plain[c]);
            strong[c].setFont(bold);
        }
        sheet.createRow(0).createCell(0).setCellValue(table.title());
        sheet.getRow(0).getCell(0).setCellStyle(title);
        Row header = sheet.createRow(2);
        header.createCell(0).setCellValue(table.labelHeader());
        header.getCell(0).setCellStyle(title);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = header.createCell(c + 1);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(title);
        }
        int r = 3;
        for (ExportTable.Row row : table.rows()) {
            Row line = sheet.createRow(r++);
            Cell label = line.createCell(0);
            label.setCellValue("  ".repeat(row.depth()) + row.label());
            if (row.emphasised()) {
                label.setCellStyle(title);
            }
            for (int c = 0; c < row.values().size(); c++) {
                BigDecimal value = row.values().get(c);
                if (table.columns().get(c).isText()) {
                    if (row.text(c) != null) {
                        line.createCell(c + 1).setCellValue(row.text(c));
                    }
                } else if (value != null) {
                    Cell cell = line.createCell(c + 1);
                    cell.setCellValue(value.doubleValue());
                    cell.setCellStyle(row.emphasised() ? strong[c] : plain[c]);
                }
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c <= table.columns().size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(1, 3);
    }

    /** The table as CSV: text cells neutralised and quoted by {@link Csv}, numbers with a decimal comma. */
    public static void csv(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<List<Object>> records = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(table.labelHeader());
        table.columns().forEach(column -> header.add(column.header()));
        records.add(header);
        for (ExportTable.Row row : table.rows()) {
            List<Object> record = new ArrayList<>();
            record.add(row.label());
            for (int c = 0; c < row.values().size(); c++) {
                BigDecimal value = row.values().get(c);
                if (table.columns().get(c).isText()) {
                    record.add(row.text(c));
                } else {
                    record.add(
                            value == null
                                    ? null
                                    : new Csv.Raw(value.setScale(3, RoundingMode.HALF_UP)
                                            .toPlainString()
                                            .replace('.', ',')));
                }
            }
            records.add(record);
        }
        Csv.write(writer, records);
    }

    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
