package se.lagesbild.goals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportFiles.NamedRow;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportMetrics;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.YearState;

/**
 * The goal outcomes file (docs/import-formats.md, "Målutfall"): each enhet's indicator outcomes per
 * month, and the colours (and shares) a report printed for a goal area or an enhet, kept beside the
 * computed ones. Checked row by row with row and column, applied all or nothing, an outcome as it
 * already is changes nothing (idempotent), logged and audited; posted to
 * {@code POST /api/import/malutfall} with a token scoped to it.
 */
@Service
public class GoalOutcomeImport implements ApiImport {

    static final String YEAR = "År";
    static final String MONTH = "Månad";
    static final String AREA = "Målområde";
    static final String UNIT = "Enhet";
    static final String INDICATOR = "Indikator";
    static final String OUTCOME = "Utfall";
    static final String REPORTED = "Rapporterad bedömning";
    static final String REPORTED_SHARE = "Rapporterad andel";
    private static final List<String> REQUIRED = List.of(YEAR, MONTH, AREA, UNIT, INDICATOR, OUTCOME);
    private static final List<String> COLUMNS =
            List.of(YEAR, MONTH, AREA, UNIT, INDICATOR, OUTCOME, REPORTED, REPORTED_SHARE);
    private static final String ERROR = "goals.import.error.";

    private final GoalService goals;
    private final GoalSetup setup;
    private final OrganisationService organisation;
    private final ImportLog imports;
    private final TransactionTemplate transaction;

    GoalOutcomeImport(
            GoalService goals,
            GoalSetup setup,
            OrganisationService organisation,
            ImportLog imports,
            TransactionTemplate transaction) {
        this.goals = goals;
        this.setup = setup;
        this.organisation = organisation;
        this.imports = imports;
        this.transaction = transaction;
    }

    @Override
    public Set<ImportScope> scopes() {
        return Set.of(ImportScope.GOAL_OUTCOMES);
    }

    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        if (scope != ImportScope.GOAL_OUTCOMES || !token.scopes().contains(scope)) {
            throw new AccessDeniedException("The API token " + token.name() + " may not import " + scope);
        }
        String file = fileName == null || fileName.isBlank() ? "namnlös fil" : fileName;
        return ImportMetrics.timed(scope.path(), ApiImportResult::status, () -> run(file, bytes, token.recordedAs()));
    }

    /** A checked outcome: the indicator, its month and value. */
    private record OutcomeLine(Indicator indicator, int year, int month, BigDecimal value) {}

    /** A checked reported colour: its row, the goal area, the enhet (null: the area's), month, colour and share. */
    private record ReportedLine(
            int row, GoalArea area, String unitCode, int month, Assessment colour, BigDecimal share) {}

    /** What an import collects: its errors and its checked lines. */
    private static final class Run {
        final String file;
        final List<ImportError> errors = new ArrayList<>();
        final List<OutcomeLine> outcomes = new ArrayList<>();
        final List<ReportedLine> reported = new ArrayList<>();
        final Map<Integer, GoalYear> years = new HashMap<>();

        Run(String file) {
            this.file = file;
        }

        void error(Integer row, String column, String key, Object... args) {
            errors.add(new ImportError(
                    file,
                    row,
                    column,
                    ERROR + key,
                    Arrays.stream(args).map(String::valueOf).toList()));
        }
    }

    private ApiImportResult run(String file, byte[] bytes, String user) {
        Run run = new Run(file);
        int[] counts = new int[3]; // added, changed, unchanged
        Long[] id = new Long[1];
        transaction.executeWithoutResult(status -> {
            read(bytes, run);
            if (run.errors.isEmpty()) {
                apply(run, user, file, counts);
            }
            if (run.errors.isEmpty()) {
                id[0] = log(file, bytes, user, ImportStatus.APPLIED, counts, null);
            } else {
                status.setRollbackOnly();
            }
        });
        if (run.errors.isEmpty()) {
            return new ApiImportResult(ImportStatus.APPLIED, id[0], counts[0], counts[1], counts[2], List.of());
        }
        ImportError first = run.errors.getFirst();
        String message = SwedishTexts.swedish(
                "goals.import.rejected",
                String.valueOf(run.errors.size()),
                first.row() == null ? "–" : String.valueOf(first.row()),
                first.column() == null ? "–" : first.column(),
                first.message());
        transaction.executeWithoutResult(
                status -> id[0] = log(file, bytes, user, ImportStatus.REJECTED, new int[3], message));
        return new ApiImportResult(ImportStatus.REJECTED, id[0], 0, 0, 0, run.errors);
    }

    /** Records the import in the import log (which writes its audit row too); the log's id. */
    private long log(String file, byte[] bytes, String user, ImportStatus status, int[] counts, String message) {
        long id = imports.record(
                ImportScope.GOAL_OUTCOMES.name(),
                file,
                Checksums.sha256(bytes),
                user,
                status,
                counts[0],
                counts[1],
                counts[2],
                message);
        return id;
    }

    // ------------------------------------------------------------------ reading

    private void read(byte[] bytes, Run run) {
        List<List<String>> table;
        try {
            table = ImportFiles.rows(bytes);
        } catch (IOException e) {
            run.error(null, null, "unreadable");
            return;
        }
        if (table.isEmpty()) {
            run.error(null, null, "empty");
            return;
        }
        Map<String, Integer> index = ImportFiles.columns(table.getFirst(), COLUMNS);
        REQUIRED.stream().filter(c -> !index.containsKey(c)).forEach(c -> run.error(1, c, "missingColumn", c));
        if (!run.errors.isEmpty()) {
            return;
        }
        List<NamedRow> rows = ImportFiles.namedRows(table, index);
        if (rows.isEmpty()) {
            run.error(null, null, "empty");
        }
        Set<String> seen = new HashSet<>();
        rows.forEach(row -> readRow(row, run, seen));
    }

    private void readRow(NamedRow row, Run run, Set<String> seen) {
        int errorsBefore = run.errors.size();
        Integer year = whole(row, YEAR, run);
        Integer month = whole(row, MONTH, run);
        Integer areaNumber = whole(row, AREA, run);
        if (year != null && (year < 2000 || year > 2099)) {
            run.error(row.number(), YEAR, "year", row.get(YEAR));
            year = null;
        }
        if (year != null && organisation.yearState(year) == YearState.LOCKED) {
            run.error(row.number(), YEAR, "locked", year);
            year = null;
        }
        if (month != null && (month < 1 || month > 12)) {
            run.error(row.number(), MONTH, "month", row.get(MONTH));
            month = null;
        }
        if (year == null || month == null || areaNumber == null) {
            return;
        }
        int y = year;
        GoalYear goalYear = run.years.computeIfAbsent(y, goals::year);
        Optional<GoalArea> area =
                goalYear.areas().stream().filter(a -> a.number() == areaNumber).findFirst();
        if (area.isEmpty()) {
            run.error(row.number(), AREA, "area", areaNumber, y);
            return;
        }
        String unitCode = null;
        if (!row.get(UNIT).isEmpty()) {
            Optional<Unit> unit = organisation
                    .resolveUnit(row.get(UNIT))
                    .flatMap(u -> organisation.organisation(y).unit(u.code()));
            if (unit.isEmpty()) {
                run.error(row.number(), UNIT, "unit", row.get(UNIT), y);
                return;
            }
            unitCode = unit.get().code();
        }
        if (!row.get(INDICATOR).isEmpty()) {
            readOutcome(row, run, goalYear, area.get(), unitCode, month);
        } else {
            readReported(row, run, area.get(), unitCode, month);
        }
        if (run.errors.size() == errorsBefore) {
            String key = y + "/" + month + "/" + areaNumber + "/" + unitCode + "/" + row.get(INDICATOR);
            if (!seen.add(key)) {
                run.error(row.number(), null, "duplicate");
            }
        }
    }

    private static void readOutcome(NamedRow row, Run run, GoalYear year, GoalArea area, String unitCode, int month) {
        if (unitCode == null) {
            run.error(row.number(), UNIT, "required", UNIT);
            return;
        }
        Optional<Indicator> indicator = year.indicatorsOf(area.number(), unitCode).stream()
                .filter(i -> i.name().equalsIgnoreCase(row.get(INDICATOR)))
                .findFirst();
        if (indicator.isEmpty()) {
            run.error(row.number(), INDICATOR, "indicator", row.get(INDICATOR), unitCode, area.shortName());
            return;
        }
        if (!row.get(REPORTED).isEmpty() || !row.get(REPORTED_SHARE).isEmpty()) {
            run.error(row.number(), REPORTED, "reportedWithIndicator");
            return;
        }
        BigDecimal value = decimal(row, OUTCOME, run, true);
        if (value == null) {
            return;
        }
        if (!indicator.get().unitOfMeasure().accepts(value)) {
            run.error(
                    row.number(),
                    OUTCOME,
                    "outcome",
                    row.get(OUTCOME),
                    indicator.get().name());
            return;
        }
        run.outcomes.add(new OutcomeLine(indicator.get(), year.year(), month, value));
    }

    private static void readReported(NamedRow row, Run run, GoalArea area, String unitCode, int month) {
        if (row.get(REPORTED).isEmpty()) {
            run.error(row.number(), INDICATOR, "required", INDICATOR);
            return;
        }
        Assessment colour;
        try {
            colour = Assessment.fromLabel(row.get(REPORTED));
        } catch (IllegalArgumentException e) {
            run.error(row.number(), REPORTED, "colour", row.get(REPORTED));
            return;
        }
        BigDecimal share = decimal(row, REPORTED_SHARE, run, false);
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
            run.error(row.number(), REPORTED_SHARE, "share", row.get(REPORTED_SHARE));
            return;
        }
        if (!row.get(REPORTED_SHARE).isEmpty() && share == null) {
            return;
        }
        run.reported.add(new ReportedLine(row.number(), area, unitCode, month, colour, share));
    }

    private static Integer whole(NamedRow row, String column, Run run) {
        BigDecimal value = decimal(row, column, run, true);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            run.error(row.number(), column, "number", row.get(column));
            return null;
        }
    }

    private static BigDecimal decimal(NamedRow row, String column, Run run, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                run.error(row.number(), column, "required", column);
            }
            return null;
        }
        BigDecimal value = ImportFiles.number(text);
        if (value == null) {
            run.error(row.number(), column, "number", text);
        }
        return value;
    }

    // ------------------------------------------------------------------ applying

    private void apply(Run run, String user, String file, int[] counts) {
        List<GoalService.OutcomeEntry> entries = new ArrayList<>();
        for (OutcomeLine line : run.outcomes) {
            GoalYear.IndicatorAssessment now = run.years
                    .get(line.year())
                    .indicatorAssessments()
                    .get(new GoalYear.IndicatorMonth(line.indicator().id(), line.month()));
            BigDecimal before = now == null ? null : now.outcome();
            if (before != null && before.compareTo(line.value()) == 0) {
                counts[2]++;
                continue;
            }
            counts[before == null ? 0 : 1]++;
            entries.add(
                    new GoalService.OutcomeEntry(line.indicator().id(), line.year(), line.month(), line.value(), null));
        }
        for (ReportedLine line : run.reported) {
            GoalYear year = run.years.get(line.area().year());
            Optional<GoalYear.Reported> before = line.unitCode() == null
                    ? year.reported(line.area().number(), line.month())
                    : year.reportedUnit(line.area().number(), line.unitCode(), line.month());
            if (before.isEmpty()) {
                counts[0]++;
                setup.recordReported(
                        line.area().id(), line.unitCode(), line.month(), line.colour(), line.share(), file);
            } else if (before.get().assessment() == line.colour()
                    && (before.get().share() == null
                            ? line.share() == null
                            : line.share() != null && before.get().share().compareTo(line.share()) == 0)) {
                counts[2]++;
            } else {
                // what a report printed is kept as it was printed: never overwritten
                run.error(line.row(), REPORTED, "reportedFixed", line.area().shortName(), line.month());
            }
        }
        if (run.errors.isEmpty() && !entries.isEmpty()) {
            goals.recordOutcomes(entries, user, SwedishTexts.swedish("import.reason", List.of(file)));
        }
    }
}
