package se.lagesbild.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Economy files as users and finance systems write them, for tests and the example files. */
public final class EconomyFiles {

    /** The header of an utfall file. */
    public static final String ACTUAL_HEADER = "År;Månad;Verksamhet;Kostnadsslag;Belopp tkr";

    private EconomyFiles() {}

    /** Lines joined with CRLF (as Excel writes them), in an encoding, with or without a UTF-8 BOM. */
    public static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    public static byte[] utf8(String... lines) {
        return csv(StandardCharsets.UTF_8, false, lines);
    }

    /** The example forecast round in docs/examples/prognos-2022-04.xlsx: numbers as numbers, one as text. */
    public static byte[] forecastExample() {
        return xlsx(
                new Object[] {"År", "Prognosmånad", "Verksamhet", "Kostnadsslag", "Helårsbelopp tkr"},
                new Object[] {2022, 4, "Barn- och ungdomsvård", "Personalkostnader", -55250.5},
                new Object[] {2022, 4, "Barn- och ungdomsvård", "Kostnader för köp av verksamhet", -71000},
                new Object[] {2022, 4, "Ekonomiskt bistånd", "Bidrag", -69420},
                new Object[] {
                    2022, 4, "Vård för vuxna med missbruksproblem", "Kostnader för köp av verksamhet", "-14 350"
                },
                new Object[] {2022, 4, "Integration", "Övriga intäkter", 5100});
    }

    /** A workbook of one sheet: numbers become numeric cells, everything else text cells. */
    public static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Blad1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
