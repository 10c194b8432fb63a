package se.lagesbild.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.importing.Spreadsheet;
import se.lagesbild.importing.SwedishCsv;
import se.lagesbild.importing.Table;
import se.lagesbild.importing.UnreadableFileException;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.security.Access;

/**
 * The kontoplan as a struktur file ({@code struktur-kontoplan-2021.csv}, docs/import-formats.md): one
 * row per account range (Konto från, Konto till, Kostnadsslag) or per ansvar/verksamhetskod rule
 * (Ansvar, Verksamhetskod, Verksamhet), with its year. Importing replaces each year's kontoplan in the
 * file, all or nothing, checked by the same rules as the view ({@link LedgerService#check}); the same
 * file again changes nothing. Logged and audited; also {@code POST /api/import/struktur-kontoplan}.
 */
@Service
public class KontoplanFile implements ApiImport {

    static final List<String> COLUMNS =
            List.of("År", "Konto från", "Konto till", "Kostnadsslag", "Ansvar", "Verksamhetskod", "Verksamhet");

    /** How an import ended, as the struktur files answer. */
    public record Outcome(
            ImportStatus status, Long importId, int added, int changed, int unchanged, List<ImportError> errors) {}

    private final LedgerService ledger;
    private final OrganisationService organisation;
    private final ImportLog log;
    private final TransactionTemplate transaction;
    private final Access access;

    KontoplanFile(
            LedgerService ledger,
            OrganisationService organisation,
            ImportLog log,
            TransactionTemplate transaction,
            Access access) {
        this.access = access;
        this.ledger = ledger;
        this.organisation = organisation;
        this.log = log;
        this.transaction = transaction;
    }

    /** The file name an export gets. */
    public static String fileName(int year) {
        return ImportScope.STRUCTURE_ACCOUNTS.path() + "-" + year + ".csv";
    }

    /** A year's kontoplan as the import reads it: CSV with BOM and semicolons. */
    public byte[] export(int year) {
        Kontoplan plan = ledger.kontoplan(year);
        StringBuilder csv =
                new StringBuilder("\uFEFF").append(String.join(";", COLUMNS)).append("\r\n");
        plan.ranges()
                .forEach(r -> csv.append(year)
                        .append(';')
                        .append(r.first())
                        .append(';')
                        .append(r.last())
                        .append(';')
                        .append(r.costTypeCode())
                        .append(";;;\r\n"));
        plan.activities()
                .forEach(r -> csv.append(year)
                        .append(";;;;")
                        .append(r.ansvar())
                        .append(';')
                        .append(r.verksamhetskod())
                        .append(';')
                        .append(r.activityCode())
                        .append("\r\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Set<ImportScope> scopes() {
        return Set.of(ImportScope.STRUCTURE_ACCOUNTS);
    }

    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        if (!token.scopes().contains(ImportScope.STRUCTURE_ACCOUNTS)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The API token " + token.name() + " may not import " + scope);
        }
        Outcome outcome = run(fileName, bytes, token.recordedAs());
        return new ApiImportResult(
                outcome.status(),
                outcome.importId(),
                outcome.added(),
                outcome.changed(),
                outcome.unchanged(),
                outcome.errors());
    }

    /** Imports a kontoplan file for a signed-in admin or controller, all or nothing. */
    public Outcome importFile(String fileName, byte[] bytes, String user) {
        access.checkMayEditStructure(user);
        return run(fileName, bytes, user);
    }

    private Outcome run(String fileName, byte[] bytes, String user) {
        // checked before the transaction: a refusal thrown through a service would mark it rollback-only
        List<ImportError> errors = new ArrayList<>();
        Map<Integer, Kontoplan> plans = read(fileName, bytes, errors);
        if (errors.isEmpty()) {
            for (Kontoplan plan : plans.values()) {
                try {
                    ledger.check(plan);
                    organisation.checkNotLocked(plan.year());
                } catch (StructureException e) {
                    errors.add(new ImportError(fileName, null, null, e.messageKey(), e.args()));
                }
            }
        }
        return transaction.execute(status -> {
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            if (!errors.isEmpty()) {
                long id = log.record(
                        ImportScope.STRUCTURE_ACCOUNTS.name(),
                        fileName,
                        Checksums.sha256(bytes),
                        user,
                        ImportStatus.REJECTED,
                        0,
                        0,
                        0,
                        errors.stream().limit(10).map(ImportError::message).collect(Collectors.joining("; ")));
                return new Outcome(ImportStatus.REJECTED, id, 0, 0, 0, errors);
            }
            for (Kontoplan plan : plans.values()) {
                Kontoplan before = ledger.kontoplan(plan.year());
                Set<Object> old = new HashSet<>(before.ranges());
                old.addAll(before.activities());
                Set<String> oldKeys = new HashSet<>();
                before.ranges().forEach(r -> oldKeys.add("r" + r.first()));
                before.activities().forEach(r -> oldKeys.add("a" + r.ansvar() + '\u0000' + r.verksamhetskod()));
                List<Object> rows = new ArrayList<>(plan.ranges());
                rows.addAll(plan.activities());
                for (Object row : rows) {
                    String key = row instanceof AccountRange r
                            ? "r" + r.first()
                            : "a" + ((ActivityRule) row).ansvar() + '\u0000' + ((ActivityRule) row).verksamhetskod();
                    if (old.contains(row)) {
                        unchanged++;
                    } else if (oldKeys.contains(key)) {
                        changed++;
                    } else {
                        added++;
                    }
                }
                boolean same = old.size() == rows.size() && old.containsAll(rows);
                if (!same) {
                    ledger.store(plan, user);
                }
            }
            long id = log.record(
                    ImportScope.STRUCTURE_ACCOUNTS.name(),
                    fileName,
                    Checksums.sha256(bytes),
                    user,
                    ImportStatus.APPLIED,
                    added,
                    changed,
                    unchanged,
                    null);
            return new Outcome(ImportStatus.APPLIED, id, added, changed, unchanged, List.of());
        });
    }

    private Map<Integer, Kontoplan> read(String fileName, byte[] bytes, List<ImportError> errors) {
        Table table;
        try {
            table = Spreadsheet.isWorkbook(bytes) ? Spreadsheet.read(bytes) : SwedishCsv.read(bytes);
        } catch (UnreadableFileException e) {
            errors.add(new ImportError(fileName, null, null, e.messageKey(), e.args()));
            return Map.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().cells().size(); i++) {
            columns.putIfAbsent(
                    table.header().cell(i).trimmed().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                errors.add(new ImportError(
                        fileName, table.header().number(), null, "import.error.missingColumn", List.of(column)));
            }
        }
        if (!errors.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<AccountRange>> ranges = new TreeMap<>();
        Map<Integer, List<ActivityRule>> rules = new TreeMap<>();
        OrganisationService.Names names = organisation.names();
        for (Table.Row row : table.rows()) {
            String yearText = cell(row, columns, "År");
            if (!yearText.matches("\\d{4}")) {
                errors.add(new ImportError(fileName, row.number(), "År", "import.error.year", List.of(yearText)));
                continue;
            }
            int year = Integer.parseInt(yearText);
            ranges.computeIfAbsent(year, y -> new ArrayList<>());
            rules.computeIfAbsent(year, y -> new ArrayList<>());
            String first = cell(row, columns, "Konto från");
            String costType = cell(row, columns, "Kostnadsslag");
            String activity = cell(row, columns, "Verksamhet");
            if (!first.isEmpty() || !costType.isEmpty()) {
                Optional<CostType> type = ledger.costType(year, costType);
                if (type.isEmpty()) {
                    errors.add(new ImportError(
                            fileName, row.number(), "Kostnadsslag", "import.error.unknownCostType", List.of(costType)));
                    continue;
                }
                AccountRange range = new AccountRange(
                        first, cell(row, columns, "Konto till"), type.get().code());
                if (!range.valid()) {
                    errors.add(new ImportError(
                            fileName, row.number(), "Konto från", "ledger.error.range", List.of(range.label())));
                    continue;
                }
                ranges.get(year).add(range);
            }
            if (!activity.isEmpty()) {
                Optional<Activity> found = names.activity(activity);
                if (found.isEmpty()) {
                    errors.add(new ImportError(
                            fileName, row.number(), "Verksamhet", "import.error.unknownActivity", List.of(activity)));
                    continue;
                }
                rules.get(year)
                        .add(new ActivityRule(
                                cell(row, columns, "Ansvar"),
                                cell(row, columns, "Verksamhetskod"),
                                found.get().code()));
            }
        }
        Map<Integer, Kontoplan> plans = new TreeMap<>();
        ranges.forEach((year, list) -> plans.put(year, new Kontoplan(year, list, rules.get(year))));
        return plans;
    }

    private static String cell(Table.Row row, Map<String, Integer> columns, String column) {
        return row.cell(columns.get(column.toLowerCase(Locale.ROOT))).trimmed();
    }
}
