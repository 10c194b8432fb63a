package se.lagesbild.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
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
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Table.Cell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cell(row.getCell(c), formatter, formulas));
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

    /**
     * A cell as its value. A formula is evaluated by POI from the workbook itself (its cached value
     * may be missing or stale: many tools write none); one POI cannot evaluate (a reference to
     * another file, a function it does not know, an error value) refuses the file with the cell's
     * address, rather than read as 0 or as an old result.
     */
    private static Table.Cell cell(Cell cell, DataFormatter formatter, FormulaEvaluator formulas)
            throws UnreadableFileException {
        if (cell == null) {
            return Table.Cell.EMPTY;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            String address = cell.getAddress().formatAsString();
            CellValue value;
            try {
                value = formulas.evaluate(cell);
            } catch (RuntimeException e) {
                throw new UnreadableFileException("import.error.formula", address);
            }
            if (value == null) {
                return Table.Cell.EMPTY;
            }
            return switch (value.getCellType()) {
                case NUMERIC ->
                    DateUtil.isCellDateFormatted(cell)
                            ? Table.Cell.text(DateUtil.getLocalDateTime(value.getNumberValue())
                                    .toLocalDate()
                                    .toString())
                            : Table.Cell.number(BigDecimal.valueOf(value.getNumberValue()));
                case STRING -> Table.Cell.text(value.getStringValue());
                case BOOLEAN ->
                    Table.Cell.text(String.valueOf(value.getBooleanValue()).toUpperCase(java.util.Locale.ROOT));
                case BLANK, _NONE -> Table.Cell.EMPTY;
                default -> throw new UnreadableFileException("import.error.formula", address);
            };
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? Table.Cell.text(
                                cell.getLocalDateTimeCellValue().toLocalDate().toString())
                        : Table.Cell.number(BigDecimal.valueOf(cell.getNumericCellValue()));
            case STRING -> Table.Cell.text(cell.getRichStringCellValue().getString());
            case BLANK, _NONE -> Table.Cell.EMPTY;
            default -> Table.Cell.text(formatter.formatCellValue(cell));
        };
    }
}
