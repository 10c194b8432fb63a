package se.lagesbild.reportdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.export.Csv;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.export.TableExport;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;

/**
 * The report's sections and texts as CSV or XLSX files (docs/import-formats.md): a "Period" column
 * (2021-08), then the section's fields ({@link SectionKind#headers()}); the texts file has Period,
 * Kapitel, Text. Exported, edited in Excel and imported back, through the editor or the import
 * endpoint ({@code POST /api/import/rapport-…}). An import is checked row by row and applied all or
 * nothing: each period in the file gets the file's rows as its new version; logged and audited.
 * (The glue to the import endpoint is {@link #scopes()} and {@link #importFile(ApiTokens.ApiToken,
 * ImportScope, String, byte[])}; the rest reads and writes the files.)
 */
@Service
public class ReportDataFiles implements ApiImport {

    static final String PERIOD = "Period";
    static final String CHAPTER = "Kapitel";
    static final String TEXT = "Text";
    static final String RISK_VALUE = "Riskvärde";

    /** How an import ended: status, the import log's id, the counts and every error with row and column. */
    public record Outcome(
            ImportStatus status, Long importId, int added, int changed, int unchanged, List<ImportError> errors) {}

    private final ReportDataService service;
    private final ImportLog log;
    private final TransactionTemplate transaction;

    ReportDataFiles(ReportDataService service, ImportLog log, TransactionTemplate transaction) {
        this.service = service;
        this.log = log;
        this.transaction = transaction;
    }

    // ------------------------------------------------------------------ the import endpoint's glue

    @Override
    public Set<ImportScope> scopes() {
        return Stream.concat(
                        Stream.of(ImportScope.REPORT_TEXTS),
                        Stream.of(SectionKind.values()).map(SectionKind::scope))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        if (!token.scopes().contains(scope)) {
            throw new AccessDeniedException("The API token " + token.name() + " may not import " + scope);
        }
        Outcome outcome = load(scope, fileName, bytes, token.recordedAs());
        return new ApiImportResult(
                outcome.status(),
                outcome.importId(),
                outcome.added(),
                outcome.changed(),
                outcome.unchanged(),
                outcome.errors());
    }

    /** Imports a file for a signed-in user who may write the report (the editor's "Importera"). */
    public Outcome importFile(ImportScope scope, String fileName, byte[] bytes, String user) {
        service.checkMayWrite(user);
        return load(scope, fileName, bytes, user);
    }

    /**
     * Imports a file as {@code recordedBy} without a user's check: for callers that checked already
     * (the endpoint's token, the editor) and for the demo data.
     */
    public Outcome load(ImportScope scope, String fileName, byte[] bytes, String recordedBy) {
        List<ImportError> errors = new ArrayList<>();
        List<List<String>> rows;
        try {
            rows = ImportFiles.rows(bytes);
        } catch (IOException e) {
            errors.add(new ImportError(fileName, null, null, "import.error.unreadable", List.of()));
            return logged(scope, fileName, bytes, recordedBy, ImportStatus.REFUSED, 0, 0, 0, errors);
        }
        if (rows.size() < 2) {
            errors.add(new ImportError(fileName, null, null, "import.error.noRows", List.of()));
            return logged(scope, fileName, bytes, recordedBy, ImportStatus.REJECTED, 0, 0, 0, errors);
        }
        List<String> required = scope == ImportScope.REPORT_TEXTS
                ? List.of(PERIOD, CHAPTER, TEXT)
                : Stream.concat(Stream.of(PERIOD), SectionKind.of(scope).orElseThrow().headers().stream())
                        .toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = rows.getFirst();
        for (int c = 0; c < header.size(); c++) {
            columns.putIfAbsent(header.get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        for (String column : required) {
            if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                // optional fields may be left out of a file; Period and the required fields may not
                boolean optional = SectionKind.of(scope)
                        .flatMap(k -> k.fields().stream()
                                .filter(f -> f.header().equals(column))
                                .findFirst())
                        .map(f -> !f.required())
                        .orElse(false);
                if (!optional) {
                    errors.add(new ImportError(fileName, 1, column, "import.error.missingColumn", List.of(column)));
                }
            }
        }
        if (!errors.isEmpty()) {
            return logged(scope, fileName, bytes, recordedBy, ImportStatus.REJECTED, 0, 0, 0, errors);
        }
        return scope == ImportScope.REPORT_TEXTS
                ? texts(scope, fileName, bytes, rows, columns, recordedBy)
                : sections(SectionKind.of(scope).orElseThrow(), fileName, bytes, rows, columns, recordedBy);
    }

    private Outcome sections(
            SectionKind kind,
            String fileName,
            byte[] bytes,
            List<List<String>> rows,
            Map<String, Integer> columns,
            String recordedBy) {
        List<ImportError> errors = new ArrayList<>();
        Map<YearMonth, List<List<String>>> byPeriod = new LinkedHashMap<>();
        forEachRow(rows, columns, fileName, errors, (row, number, period) -> {
            List<String> cells =
                    kind.headers().stream().map(h -> cell(row, columns, h)).toList();
            try {
                List<List<String>> normalised = ReportDataService.normalise(kind, List.of(cells), number);
                if (kind == SectionKind.RISKS && !normalised.isEmpty()) {
                    checkRiskValue(normalised.getFirst(), cell(row, columns, RISK_VALUE), fileName, number, errors);
                }
                period.ifPresent(
                        p -> byPeriod.computeIfAbsent(p, x -> new ArrayList<>()).addAll(normalised));
            } catch (InvalidRowsException e) {
                e.errors()
                        .forEach(err -> errors.add(
                                new ImportError(fileName, err.row(), err.column(), err.messageKey(), err.args())));
            }
        });
        if (!errors.isEmpty()) {
            return logged(kind.scope(), fileName, bytes, recordedBy, ImportStatus.REJECTED, 0, 0, 0, errors);
        }
        int[] counts = new int[3];
        transaction.executeWithoutResult(status -> byPeriod.forEach((period, periodRows) -> {
            boolean existed = service.current(kind, period).isPresent();
            if (service.store(kind, period, periodRows, recordedBy, fileName)) {
                counts[existed ? 1 : 0] += periodRows.size();
            } else {
                counts[2] += periodRows.size();
            }
        }));
        return logged(
                kind.scope(),
                fileName,
                bytes,
                recordedBy,
                ImportStatus.APPLIED,
                counts[0],
                counts[1],
                counts[2],
                errors);
    }

    private static void checkRiskValue(
            List<String> risk, String written, String fileName, int row, List<ImportError> errors) {
        if (written == null || written.isBlank()) {
            return;
        }
        Integer value = ReportDataService.riskValue(risk);
        java.math.BigDecimal number = ReportDataService.number(written.strip());
        if (value == null || number == null || number.intValue() != value) {
            errors.add(new ImportError(
                    fileName,
                    row,
                    RISK_VALUE,
                    "reportdata.error.riskValue",
                    List.of(written.strip(), risk.get(2), risk.get(3), String.valueOf(value))));
        }
    }

    private Outcome texts(
            ImportScope scope,
            String fileName,
            byte[] bytes,
            List<List<String>> rows,
            Map<String, Integer> columns,
            String recordedBy) {
        List<ImportError> errors = new ArrayList<>();
        Map<YearMonth, Map<Chapter, String>> texts = new LinkedHashMap<>();
        forEachRow(rows, columns, fileName, errors, (row, number, period) -> {
            String key = cell(row, columns, CHAPTER);
            Optional<Chapter> chapter = Chapter.of(key);
            if (chapter.isEmpty()) {
                errors.add(new ImportError(
                        fileName,
                        number,
                        CHAPTER,
                        "reportdata.error.chapter",
                        List.of(
                                key,
                                java.util.Arrays.stream(Chapter.values())
                                        .map(Chapter::key)
                                        .collect(Collectors.joining(", ")))));
            }
            String text = cell(row, columns, TEXT);
            if (text.length() > ReportDataService.MAX_TEXT) {
                errors.add(new ImportError(
                        fileName,
                        number,
                        TEXT,
                        "reportdata.error.tooLong",
                        List.of(String.valueOf(ReportDataService.MAX_TEXT))));
            }
            if (period.isPresent() && chapter.isPresent()) {
                texts.computeIfAbsent(period.get(), p -> new LinkedHashMap<>()).put(chapter.get(), text);
            }
        });
        if (!errors.isEmpty()) {
            return logged(scope, fileName, bytes, recordedBy, ImportStatus.REJECTED, 0, 0, 0, errors);
        }
        int[] counts = new int[3];
        transaction.executeWithoutResult(status -> texts.forEach((period, chapters) -> chapters.forEach((c, t) -> {
            boolean existed = !service.text(c, period).isEmpty();
            if (service.storeText(c, period, t, recordedBy, fileName)) {
                counts[existed ? 1 : 0]++;
            } else {
                counts[2]++;
            }
        })));
        return logged(
                scope, fileName, bytes, recordedBy, ImportStatus.APPLIED, counts[0], counts[1], counts[2], errors);
    }

    /** A data row of a file: its cells, its number as Excel shows it, and its period (empty when wrong). */
    private interface RowHandler {
        void handle(List<String> row, int number, Optional<YearMonth> period);
    }

    /** Every non-blank data row with its number and period; a wrong period is an error of its row. */
    private static void forEachRow(
            List<List<String>> rows,
            Map<String, Integer> columns,
            String fileName,
            List<ImportError> errors,
            RowHandler handler) {
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = r + 1;
            handler.handle(row, number, period(cell(row, columns, PERIOD), fileName, number, errors));
        }
    }

    private static Optional<YearMonth> period(String text, String fileName, int row, List<ImportError> errors) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(fileName, row, PERIOD, "reportdata.error.period", List.of(text)));
            return Optional.empty();
        }
    }

    /** A cell as written, without the {@code '} an export put before a formula-like text ("---", "-"). */
    private static String cell(List<String> row, Map<String, Integer> columns, String header) {
        Integer index = columns.get(header.toLowerCase(Locale.ROOT));
        return index == null || index >= row.size() ? "" : Csv.unneutralised(row.get(index));
    }

    private Outcome logged(
            ImportScope scope,
            String fileName,
            byte[] bytes,
            String recordedBy,
            ImportStatus status,
            int added,
            int changed,
            int unchanged,
            List<ImportError> errors) {
        long id = transaction.execute(s -> log.record(
                scope.name(),
                fileName,
                Checksums.sha256(bytes),
                recordedBy,
                status,
                added,
                changed,
                unchanged,
                errors.stream()
                        .map(e -> (e.row() == null ? "" : "rad " + e.row() + ": ") + e.message())
                        .collect(Collectors.joining("; "))));
        return new Outcome(status, id, added, changed, unchanged, errors);
    }

    // ------------------------------------------------------------------ export

    /** The section's rows of a period as an ExportTable: Period, then the fields (and the riskvärde). */
    public ExportTable table(SectionKind kind, YearMonth period) {
        List<String> headers = new ArrayList<>(kind.headers());
        if (kind == SectionKind.RISKS) {
            headers.add(RISK_VALUE);
        }
        List<ExportTable.Row> rows = service.rows(kind, period).stream()
                .map(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int f = 0; f < kind.fields().size(); f++) {
                        String cell = row.get(f);
                        cells.add(
                                kind.fields().get(f).type() == SectionKind.Field.Type.NUMBER
                                        ? cell.replace('.', ',')
                                        : cell);
                    }
                    if (kind == SectionKind.RISKS) {
                        Integer value = ReportDataService.riskValue(row);
                        cells.add(value == null ? "" : String.valueOf(value));
                    }
                    return ExportTable.Row.of(period.toString(), cells);
                })
                .toList();
        return new ExportTable(
                kind.scope().path(),
                PERIOD,
                headers.stream().map(ExportTable.Column::text).toList(),
                rows);
    }

    /** The chapters' texts of a period as an ExportTable: Period, Kapitel, Text. */
    public ExportTable textTable(YearMonth period) {
        List<ExportTable.Row> rows = service.texts(period).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e ->
                        ExportTable.Row.of(period.toString(), List.of(e.getKey().key(), e.getValue())))
                .toList();
        return new ExportTable(
                ImportScope.REPORT_TEXTS.path(),
                PERIOD,
                List.of(ExportTable.Column.text(CHAPTER), ExportTable.Column.text(TEXT)),
                rows);
    }

    /** A table as the CSV an import reads (semicolons, UTF-8 with a byte order mark). */
    public static byte[] csv(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableExport.csv(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A table as the workbook an import reads: the header in row 1, every cell text. */
    public static byte[] xlsx(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.title());
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(table.labelHeader());
            for (int c = 0; c < table.columns().size(); c++) {
                header.createCell(c + 1).setCellValue(table.columns().get(c).header());
            }
            for (int r = 0; r < table.rows().size(); r++) {
                ExportTable.Row row = table.rows().get(r);
                Row line = sheet.createRow(r + 1);
                line.createCell(0).setCellValue(row.label());
                for (int c = 0; c < table.columns().size(); c++) {
                    line.createCell(c + 1).setCellValue(row.text(c) == null ? "" : row.text(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
