package se.lagesbild.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportMetrics;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.importing.Spreadsheet;
import se.lagesbild.importing.SwedishCsv;
import se.lagesbild.importing.UnreadableFileException;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Access;

/**
 * The huvudbok import (UI and {@code POST /api/import/huvudbok}): a ledger per konto, ansvar,
 * verksamhetskod and period as CSV, XLSX or SIE 4, summed per key while read, mapped by the year's
 * kontoplan and stored per account ({@code ledger_fact}) and per verksamhet × kostnadsslag (the
 * utfall and budget every view reads). All or nothing: a konto or ansvar without mapping refuses the
 * whole file, naming each with its total and rows. The same file again changes nothing; a changed
 * sum is a new version; the months the file holds are its whole ledger (a key it no longer has
 * becomes zero). Logged and audited like every import.
 */
@Service
public class LedgerImport implements ApiImport {

    static final String LOG_KIND = "LEDGER";
    private static final int LOGGED_ERRORS = 10;
    private static final BigDecimal ORE_PER_TKR = BigDecimal.valueOf(100_000);

    private final LedgerRepository repository;
    private final OrganisationService organisation;
    private final EconomyService economy;
    private final ImportLog log;
    private final TransactionTemplate transaction;
    private final Access access;

    LedgerImport(
            LedgerRepository repository,
            OrganisationService organisation,
            EconomyService economy,
            ImportLog log,
            TransactionTemplate transaction,
            Access access) {
        this.repository = repository;
        this.organisation = organisation;
        this.economy = economy;
        this.log = log;
        this.transaction = transaction;
        this.access = access;
    }

    /** An account or ansvar/verksamhetskod without mapping: its year, code, total (kronor, as in the file) and rows. */
    public record Unmapped(
            int year, String account, String ansvar, String verksamhetskod, BigDecimal kronor, int rows) {

        public boolean isAccount() {
            return account != null;
        }

        public String label() {
            return isAccount() ? account : Kontoplan.dimensionLabel(ansvar, verksamhetskod);
        }
    }

    /**
     * How an import ended: the log's id, the status, ledger keys added, corrected (and zeroed) and
     * unchanged, the file's rows, the errors, and what had no mapping (the dialog offers to map it).
     */
    public record Result(
            Long importId,
            ImportStatus status,
            int added,
            int corrected,
            int unchanged,
            int rows,
            List<ImportError> errors,
            List<Unmapped> unmapped) {

        public Result {
            errors = List.copyOf(errors);
            unmapped = List.copyOf(unmapped);
        }
    }

    /** Imports a file for a controller (UI). */
    public Result apply(String fileName, byte[] bytes, String user) {
        access.checkMayImport(user);
        return applyChecking(fileName, bytes, user);
    }

    /** Whether the user may import (views hide the import otherwise). */
    public boolean mayImport(String user) {
        return access.mayImport(user);
    }

    @Override
    public Set<ImportScope> scopes() {
        return Set.of(ImportScope.LEDGER);
    }

    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        if (!token.scopes().contains(ImportScope.LEDGER)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The API token " + token.name() + " may not import huvudbok");
        }
        Result result = applyChecking(fileName, bytes, token.recordedAs());
        return new ApiImportResult(
                result.status(),
                result.importId(),
                result.added(),
                result.corrected(),
                result.unchanged(),
                result.errors());
    }

    private Result applyChecking(String fileName, byte[] bytes, String user) {
        try {
            return ImportMetrics.timed(
                    ImportScope.LEDGER.path(),
                    Result::status,
                    () -> transaction.execute(status -> applyChecked(fileName, bytes, user)));
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> log.record(
                    LOG_KIND,
                    fileName,
                    Checksums.sha256(bytes),
                    user,
                    ImportStatus.REJECTED,
                    0,
                    0,
                    0,
                    e instanceof DataAccessException || e instanceof TransactionException
                            ? SwedishTexts.swedish("import.api.databaseFailed", List.of(fileName))
                            : SwedishTexts.swedish("import.error.failed", List.of(String.valueOf(e.getMessage())))));
            throw e;
        }
    }

    /** Reads a file into sums per key: SIE when it starts with a label, else CSV or XLSX. */
    static LedgerRows read(String fileName, byte[] bytes) {
        LedgerRows rows = new LedgerRows(fileName);
        if (bytes.length == 0) {
            rows.error(null, null, "import.error.empty");
        } else if (SieReader.isSie(bytes)) {
            SieReader.read(bytes, rows);
        } else {
            try {
                TableLedgerReader.read(
                        Spreadsheet.isWorkbook(bytes) ? Spreadsheet.read(bytes) : SwedishCsv.read(bytes), rows);
            } catch (UnreadableFileException e) {
                rows.error(null, null, e.messageKey(), e.args().toArray(String[]::new));
            }
        }
        if (!rows.hasErrors() && rows.sums().isEmpty()) {
            rows.error(null, null, "import.error.noRows");
        }
        return rows;
    }

    private Result applyChecked(String fileName, byte[] bytes, String user) {
        String checksum = Checksums.sha256(bytes);
        LedgerRows rows = read(fileName, bytes);
        if (rows.hasErrors()) {
            return rejected(fileName, checksum, user, rows.errors(), List.of(), rows.rows());
        }
        Plan plan = plan(rows);
        if (!plan.errors.isEmpty()) {
            return rejected(fileName, checksum, user, plan.errors, plan.unmapped, rows.rows());
        }
        long id = log.record(
                LOG_KIND,
                fileName,
                checksum,
                user,
                ImportStatus.APPLIED,
                plan.added,
                plan.corrected,
                plan.unchanged,
                null);
        if (!plan.facts.isEmpty()) {
            repository.append(plan.facts, user, id);
        }
        plan.years.forEach(year -> repository.saveNames(year, rows.names()));
        String reason = SwedishTexts.swedish("import.reason", List.of(fileName));
        for (FactKind kind : List.of(FactKind.ACTUAL, FactKind.BUDGET)) {
            List<AmountFact> cells = plan.cells.getOrDefault(kind, List.of());
            if (!cells.isEmpty()) {
                economy.record(
                        kind,
                        cells,
                        kind == FactKind.ACTUAL ? "change.economy.actual" : "change.economy.budget",
                        user,
                        reason,
                        id);
            }
        }
        return new Result(
                id,
                ImportStatus.APPLIED,
                plan.added,
                plan.corrected,
                plan.unchanged,
                rows.rows(),
                List.of(),
                List.of());
    }

    private Result rejected(
            String fileName,
            String checksum,
            String user,
            List<ImportError> errors,
            List<Unmapped> unmapped,
            int rows) {
        String message = SwedishTexts.swedish("import.log.errors", List.of(String.valueOf(errors.size()))) + " "
                + errors.stream().limit(LOGGED_ERRORS).map(ImportError::message).collect(Collectors.joining("; "))
                + (errors.size() > LOGGED_ERRORS ? "; …" : "");
        long id = log.record(LOG_KIND, fileName, checksum, user, ImportStatus.REJECTED, 0, 0, 0, message);
        return new Result(id, ImportStatus.REJECTED, 0, 0, 0, rows, errors, unmapped);
    }

    /** What the file changes: the ledger facts to write, the cells' new sums, the counts, or the errors. */
    private static final class Plan {
        final List<ImportError> errors = new ArrayList<>();
        final List<Unmapped> unmapped = new ArrayList<>();
        final List<LedgerRepository.Fact> facts = new ArrayList<>();
        final Map<FactKind, List<AmountFact>> cells = new HashMap<>();
        final Set<Integer> years = new TreeSet<>();
        int added;
        int corrected;
        int unchanged;
    }

    private record Cell(int month, String activityCode, String costTypeCode) {}

    private record Mapped(String activityCode, String costTypeCode) {}

    private Plan plan(LedgerRows rows) {
        Plan plan = new Plan();
        String file = rows.fileName();
        Map<Integer, Map<LedgerRows.Kind, List<Map.Entry<LedgerRows.Key, LedgerRows.Sum>>>> byYear = new TreeMap<>();
        rows.sums()
                .entrySet()
                .forEach(e -> byYear.computeIfAbsent(e.getKey().year(), y -> new HashMap<>())
                        .computeIfAbsent(e.getKey().kind(), k -> new ArrayList<>())
                        .add(e));
        plan.years.addAll(byYear.keySet());
        for (var yearEntry : byYear.entrySet()) {
            int year = yearEntry.getKey();
            YearState state = organisation.yearState(year);
            if (state == YearState.LOCKED) {
                plan.errors.add(
                        new ImportError(file, null, null, "import.error.locked", List.of(String.valueOf(year))));
                continue;
            }
            if (state == YearState.DRAFT && yearEntry.getValue().containsKey(LedgerRows.Kind.BUDGET)) {
                plan.errors.add(new ImportError(file, null, null, "import.error.draft", List.of(String.valueOf(year))));
            }
            Kontoplan kontoplan = repository.kontoplan(year);
            Organisation org = organisation.organisation(year);
            for (var kindEntry : yearEntry.getValue().entrySet()) {
                planKind(plan, file, year, kindEntry.getKey(), kindEntry.getValue(), kontoplan, org);
            }
        }
        plan.unmapped.sort(Comparator.comparing((Unmapped u) -> !u.isAccount()).thenComparing(Unmapped::label));
        return plan;
    }

    private void planKind(
            Plan plan,
            String file,
            int year,
            LedgerRows.Kind kind,
            List<Map.Entry<LedgerRows.Key, LedgerRows.Sum>> sums,
            Kontoplan kontoplan,
            Organisation org) {
        Map<String, String> costTypes = new HashMap<>();
        Kontoplan.ActivityResolver resolver = kontoplan.activityResolver();
        Map<String, Unmapped> unmappedAccounts = new LinkedHashMap<>();
        Map<String, Unmapped> unmappedDimensions = new LinkedHashMap<>();
        Map<LedgerRows.Key, Mapped> mapped = new HashMap<>(sums.size() * 2);
        for (var e : sums) {
            LedgerRows.Key key = e.getKey();
            String costType = costTypes.computeIfAbsent(
                    key.account(), a -> kontoplan.costType(a).orElse(""));
            String activity = resolver.activity(key.ansvar(), key.verksamhetskod());
            if (costType.isEmpty()) {
                unmappedAccounts.merge(
                        key.account(),
                        new Unmapped(year, key.account(), null, null, kronor(e.getValue().ore), e.getValue().rows),
                        LedgerImport::plus);
            }
            if (activity == null) {
                String label = key.ansvar() + '\u0000' + key.verksamhetskod();
                unmappedDimensions.merge(
                        label,
                        new Unmapped(
                                year,
                                null,
                                key.ansvar(),
                                key.verksamhetskod(),
                                kronor(e.getValue().ore),
                                e.getValue().rows),
                        LedgerImport::plus);
            }
            if (!costType.isEmpty() && activity != null) {
                mapped.put(key, new Mapped(activity, costType));
            }
        }
        for (Unmapped u : unmappedAccounts.values()) {
            plan.unmapped.add(u);
            plan.errors.add(error(file, "ledger.error.unmappedAccount", u));
        }
        for (Unmapped u : unmappedDimensions.values()) {
            plan.unmapped.add(u);
            plan.errors.add(error(file, "ledger.error.unmappedAnsvar", u));
        }
        Set<String> checked = new java.util.HashSet<>();
        for (Mapped m : new java.util.HashSet<>(mapped.values())) {
            if (checked.add("a" + m.activityCode())
                    && org.activity(m.activityCode())
                            .filter(a -> a.existsIn(year))
                            .isEmpty()) {
                plan.errors.add(new ImportError(
                        file,
                        null,
                        null,
                        "import.error.activityYear",
                        List.of(m.activityCode(), String.valueOf(year))));
            }
            if (checked.add("c" + m.costTypeCode()) && !org.isLeaf(m.costTypeCode())) {
                plan.errors.add(
                        new ImportError(file, null, null, "ledger.error.costTypeGroup", List.of(m.costTypeCode())));
            }
        }
        if (!plan.errors.isEmpty()) {
            return;
        }
        compare(plan, year, kind, sums, mapped);
    }

    /** Compares the file's sums with the stored ledger and cells; collects what changes. */
    private void compare(
            Plan plan,
            int year,
            LedgerRows.Kind kind,
            List<Map.Entry<LedgerRows.Key, LedgerRows.Sum>> sums,
            Map<LedgerRows.Key, Mapped> mapped) {
        Map<LedgerRows.Key, LedgerRepository.Stored> stored = repository.current(kind, year);
        Set<Integer> months = new TreeSet<>();
        Map<Cell, BigDecimal> cellSums = new HashMap<>();
        for (var e : sums) {
            LedgerRows.Key key = e.getKey();
            months.add(key.month());
            Mapped m = mapped.get(key);
            BigDecimal tkr = tkr(e.getValue().ore);
            cellSums.merge(new Cell(key.month(), m.activityCode(), m.costTypeCode()), tkr, BigDecimal::add);
            LedgerRepository.Stored before = stored.get(key);
            if (before != null
                    && before.amountTkr().compareTo(tkr) == 0
                    && before.activityCode().equals(m.activityCode())
                    && before.costTypeCode().equals(m.costTypeCode())) {
                plan.unchanged++;
                continue;
            }
            if (before == null) {
                plan.added++;
            } else {
                plan.corrected++;
            }
            plan.facts.add(new LedgerRepository.Fact(
                    key, m.activityCode(), m.costTypeCode(), tkr, before == null ? 1 : before.version() + 1));
        }
        // a key of the file's months that the file no longer has: zero, and its cell is recomputed
        for (var e : stored.entrySet()) {
            LedgerRows.Key key = e.getKey();
            if (months.contains(key.month()) && !mapped.containsKey(key)) {
                cellSums.merge(
                        new Cell(
                                key.month(),
                                e.getValue().activityCode(),
                                e.getValue().costTypeCode()),
                        BigDecimal.ZERO,
                        BigDecimal::add);
                if (e.getValue().amountTkr().signum() != 0) {
                    plan.corrected++;
                    plan.facts.add(new LedgerRepository.Fact(
                            key,
                            e.getValue().activityCode(),
                            e.getValue().costTypeCode(),
                            BigDecimal.ZERO.setScale(3),
                            e.getValue().version() + 1));
                }
            }
        }
        FactKind factKind = kind == LedgerRows.Kind.ACTUAL ? FactKind.ACTUAL : FactKind.BUDGET;
        Map<AmountFact.Key, BigDecimal> current = economy.current(factKind, year);
        List<AmountFact> cells = plan.cells.computeIfAbsent(factKind, k -> new ArrayList<>());
        cellSums.forEach((cell, amount) -> {
            BigDecimal before =
                    current.get(new AmountFact.Key(year, cell.month(), cell.activityCode(), cell.costTypeCode()));
            if (before == null ? amount.signum() != 0 : before.compareTo(amount) != 0) {
                cells.add(new AmountFact(year, cell.month(), cell.activityCode(), cell.costTypeCode(), amount));
            }
        });
    }

    private static Unmapped plus(Unmapped a, Unmapped b) {
        return new Unmapped(
                a.year(),
                a.account(),
                a.ansvar(),
                a.verksamhetskod(),
                a.kronor().add(b.kronor()),
                a.rows() + b.rows());
    }

    private static ImportError error(String file, String key, Unmapped u) {
        return new ImportError(
                file,
                null,
                null,
                key,
                List.of(u.label(), String.valueOf(u.year()), kronorText(u.kronor()), String.valueOf(u.rows())));
    }

    /** Öre in the file's sign as kronor. */
    private static BigDecimal kronor(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    /** "−1 234,50 kr" as a message writes it. */
    static String kronorText(BigDecimal kronor) {
        return se.lagesbild.base.SwedishFormat.decimal(kronor, 2);
    }

    /** The file's öre (debit +) as the reports' tkr (income +, costs −), to the krona. */
    static BigDecimal tkr(long ore) {
        return BigDecimal.valueOf(-ore).divide(ORE_PER_TKR, 3, RoundingMode.HALF_UP);
    }
}
