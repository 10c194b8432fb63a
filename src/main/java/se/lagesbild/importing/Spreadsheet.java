package se.lagesbild.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An Excel workbook (XLSX, or the older XLS): its first sheet, numeric cells as numbers and text
 * cells as text, read like CSV fields. Row numbers are the sheet's own.
 */
public final class Spreadsheet {

    private Spreadsheet() {}

    /** True for the bytes of an XLSX (a ZIP container) or XLS (an OLE2 container) file. */
    public static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4
                && ((bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
                        || ((bytes[0] & 0xFF) == 0xD0
                                && (bytes[1] & 0xFF) == 0xCF
                                && bytes[2] == 0x11
                                && (bytes[3] & 0xFF) == 0xE0));
    }

    public static Table read(byte[] bytes) throws UnreadableFileException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("import.error.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Table.Cell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cell(row.getCell(c), formatter));
                }
                Table.Row read = new Table.Row(row.getRowNum() + 1, cells);
                if (!read.isBlank()) {
                    rows.add(read);
                }
            }
            if (rows.isEmpty()) {
                throw new UnreadableFileException("import.error.empty");
            }
            return new Table(rows.getFirst(), rows.subList(1, rows.size()));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("import.error.unreadable");
        }
    }

    private static Table.Cell cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Table.Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                        ? Table.Cell.text(
                                cell.getLocalDateTimeCellValue().toLocalDate().toString())
                        : Table.Cell.number(BigDecimal.valueOf(cell.getNumericCellValue()));
            case STRING -> Table.Cell.text(cell.getRichStringCellValue().getString());
            case BLANK, _NONE -> Table.Cell.EMPTY;
            default -> Table.Cell.text(formatter.formatCellValue(cell));
        };
    }
}
