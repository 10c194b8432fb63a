package se.lagesbild.structure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.export.Csv;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.Indicator;
import se.lagesbild.goals.UnitGoal;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportFiles.NamedRow;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureEntry;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.organisation.Unit;
import se.lagesbild.security.Access;

/**
 * The struktur files (docs/import-formats.md): the organisation, the kostnadsslag and the goal
 * structure of a year as a CSV or XLSX file that is exported, edited in Excel and imported back.
 * An import is checked row by row and applied all or nothing in one transaction, row by row through
 * the same rules as the Struktur views ({@link StructureService}); a row as it already is changes
 * nothing (idempotent). Every import is logged in the import log and audited; through the import
 * endpoint ({@code POST /api/import/struktur-organisation|struktur-kostnadsslag|struktur-mal}) too.
 */
@Service
public class StructureFiles implements ApiImport {

    /** A kind of struktur file: its scope (the endpoint's path) and its columns, the required ones first. */
    public enum Kind {
        ORGANISATION(
                ImportScope.STRUCTURE_ORGANISATION,
                List.of("År", "Typ", "Kod", "Namn", "Hör till", "Sortering"),
                List.of("Kod i ekonomisystemet", "Stavningar")),
        COST_TYPES(
                ImportScope.STRUCTURE_COST_TYPES,
                List.of("År", "Kod", "Namn", "Hör till", "Sortering", "Intäkt"),
                List.of("Kod i ekonomisystemet")),
        GOALS(
                ImportScope.STRUCTURE_GOALS,
                List.of("År", "Typ", "Målområde", "Enhet", "Namn", "Beskrivning"),
                List.of("Indikator", "Riktning", "Måttenhet", "Målnivå", "Gul-gräns", "Sortering"));

        private final ImportScope scope;
        private final List<String> required;
        private final List<String> optional;

        Kind(ImportScope scope, List<String> required, List<String> optional) {
            this.scope = scope;
            this.required = required;
            this.optional = optional;
        }

        public ImportScope scope() {
            return scope;
        }

        /** Every column, in the order an exported file has them. */
        public List<String> columns() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return all;
        }

        public static Optional<Kind> of(ImportScope scope) {
            return Arrays.stream(values()).filter(k -> k.scope == scope).findFirst();
        }

        /** The file name an export gets: struktur-organisation-2021.csv. */
        public String fileName(int year) {
            return scope.path() + "-" + year + ".csv";
        }
    }

    /** How an import ended: status, the import log's id, the counts and every error with row and column. */
    public record Outcome(
            ImportStatus status, Long importId, int added, int changed, int unchanged, List<ImportError> errors) {}

    private static final Map<String, OrgKind> ORGANISATION_TYPES = new LinkedHashMap<>();

    static {
        ORGANISATION_TYPES.put("nämnd", OrgKind.COMMITTEE);
        ORGANISATION_TYPES.put("förvaltning", OrgKind.ADMINISTRATION);
        ORGANISATION_TYPES.put("verksamhetsområde", OrgKind.AREA);
        ORGANISATION_TYPES.put("verksamhet", OrgKind.ACTIVITY);
        ORGANISATION_TYPES.put("enhet", OrgKind.UNIT);
    }

    private static final String GOAL_AREA = "målområde";
    private static final String INDICATOR = "indikator";
    private static final String LATE_TARGET = "mål sena utredningar";

    private final StructureService structure;
    private final OrganisationService organisation;
    private final ImportLog imports;
    private final Access access;
    private final TransactionTemplate transaction;

    StructureFiles(
            StructureService structure,
            OrganisationService organisation,
            ImportLog imports,
            Access access,
            TransactionTemplate transaction) {
        this.structure = structure;
        this.organisation = organisation;
        this.imports = imports;
        this.access = access;
        this.transaction = transaction;
    }

    @Override
    public Set<ImportScope> scopes() {
        return Set.of(
                ImportScope.STRUCTURE_ORGANISATION, ImportScope.STRUCTURE_COST_TYPES, ImportScope.STRUCTURE_GOALS);
    }

    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        Kind kind = Kind.of(scope).orElseThrow();
        if (!token.scopes().contains(scope)) {
            throw new AccessDeniedException("The API token " + token.name() + " may not import " + scope);
        }
        Outcome outcome = run(kind, fileName, bytes, token.recordedAs());
        return new ApiImportResult(
                outcome.status(),
                outcome.importId(),
                outcome.added(),
                outcome.changed(),
                outcome.unchanged(),
                outcome.errors());
    }

    /** Imports a file for a signed-in user (admin or controller), as the Struktur views do. */
    public Outcome importFile(Kind kind, String fileName, byte[] bytes, String user) {
        access.checkMayEditStructure(user);
        return run(kind, fileName, bytes, user);
    }

    // ------------------------------------------------------------------ reading and applying

    /** What an import collects while it runs: the errors and the counts. */
    private static final class Run {
        final String file;
        final List<ImportError> errors = new ArrayList<>();
        int added;
        int changed;
        int unchanged;

        Run(String file) {
            this.file = file;
        }

        void error(NamedRow row, String column, String key, Object... args) {
            errors.add(new ImportError(
                    file,
                    row == null ? null : row.number(),
                    column,
                    key,
                    Arrays.stream(args).map(String::valueOf).toList()));
        }

        void count(StructureService.Applied applied) {
            switch (applied) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
        }
    }

    private Outcome run(Kind kind, String fileName, byte[] bytes, String user) {
        String file = ImportFiles.fileName(fileName);
        try {
            return runChecked(kind, file, bytes, user);
        } catch (RuntimeException e) {
            imports.recordFailure(kind.scope().name(), file, bytes, user, e);
            throw e;
        }
    }

    private Outcome runChecked(Kind kind, String file, byte[] bytes, String user) {
        Run run = new Run(file);
        List<NamedRow> rows = read(kind, bytes, run);
        Long[] importId = new Long[1];
        if (run.errors.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                apply(kind, rows, user, run);
                if (run.errors.isEmpty()) {
                    importId[0] = imports.record(
                            kind.scope().name(),
                            file,
                            Checksums.sha256(bytes),
                            user,
                            ImportStatus.APPLIED,
                            run.added,
                            run.changed,
                            run.unchanged,
                            null);
                } else {
                    status.setRollbackOnly();
                }
            });
        }
        if (!run.errors.isEmpty()) {
            ImportError first = run.errors.getFirst();
            String message = SwedishTexts.swedish(
                    "structure.file.rejected",
                    String.valueOf(run.errors.size()),
                    first.row() == null ? "–" : String.valueOf(first.row()),
                    first.column() == null ? "–" : first.column(),
                    first.message());
            importId[0] = imports.record(
                    kind.scope().name(), file, Checksums.sha256(bytes), user, ImportStatus.REJECTED, 0, 0, 0, message);
            return new Outcome(ImportStatus.REJECTED, importId[0], 0, 0, 0, List.copyOf(run.errors));
        }
        return new Outcome(ImportStatus.APPLIED, importId[0], run.added, run.changed, run.unchanged, List.of());
    }

    private static List<NamedRow> read(Kind kind, byte[] bytes, Run run) {
        List<List<String>> table;
        try {
            table = ImportFiles.rows(bytes);
        } catch (IOException e) {
            run.error(null, null, "structure.file.unreadable");
            return List.of();
        }
        if (table.isEmpty()) {
            run.error(null, null, "structure.file.empty");
            return List.of();
        }
        Map<String, Integer> index = ImportFiles.columns(table.getFirst(), kind.columns());
        for (String column : kind.required) {
            if (!index.containsKey(column)) {
                run.error(null, column, "structure.file.missingColumn", column);
            }
        }
        if (!run.errors.isEmpty()) {
            return List.of();
        }
        List<NamedRow> rows = ImportFiles.namedRows(table, index);
        if (rows.isEmpty()) {
            run.error(null, null, "structure.file.empty");
        }
        return rows;
    }

    private void apply(Kind kind, List<NamedRow> rows, String user, Run run) {
        switch (kind) {
            case ORGANISATION -> applyOrganisation(rows, user, run);
            case COST_TYPES -> applyCostTypes(rows, user, run);
            case GOALS -> applyGoals(rows, user, run);
        }
    }

    /** Runs a row's change; a refusal of the rules becomes the row's error in the column it concerns. */
    private static void attempt(Run run, NamedRow row, Runnable change) {
        try {
            change.run();
        } catch (StructureException e) {
            run.errors.add(new ImportError(run.file, row.number(), column(e.messageKey()), e.messageKey(), e.args()));
        }
    }

    private static String column(String key) {
        return switch (key) {
            case "structure.error.locked" -> "År";
            case "structure.error.parent", "structure.error.parentRequired" -> "Hör till";
            case "structure.error.code", "structure.error.codeRequired" -> "Kod";
            case "structure.error.percent" -> "Målnivå";
            case "structure.error.aliasTaken" -> "Stavningar";
            default -> "Namn";
        };
    }

    private static Integer year(NamedRow row, Run run) {
        Integer year = whole(row.get("År"));
        if (year == null || year < 2000 || year > 2099) {
            run.error(row, "År", "structure.file.year", row.get("År"));
            return null;
        }
        return year;
    }

    private static Integer whole(String text) {
        BigDecimal value = ImportFiles.number(text);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Integer number(NamedRow row, String column, Run run, boolean required) {
        String text = row.get(column);
        if (text.isEmpty() && !required) {
            return null;
        }
        Integer value = whole(text);
        if (value == null) {
            run.error(row, column, text.isEmpty() ? "structure.file.required" : "structure.file.number", text);
        }
        return value;
    }

    private static BigDecimal amount(NamedRow row, String column, Run run) {
        String text = row.get(column);
        BigDecimal value = ImportFiles.number(text);
        if (value == null) {
            run.error(row, column, text.isEmpty() ? "structure.file.required" : "structure.file.number", text);
        }
        return value;
    }

    /** The entry a row of the file describes: its code, parent, name and code in the economy system. */
    private static StructureEntry entry(NamedRow row, OrgKind kind, int sort, boolean income) {
        return new StructureEntry(
                kind,
                row.get("Kod"),
                blankToNull(row.get("Hör till")),
                row.get("Namn"),
                sort,
                blankToNull(row.get("Kod i ekonomisystemet")),
                null,
                null,
                income,
                null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void applyOrganisation(List<NamedRow> rows, String user, Run run) {
        record Line(NamedRow row, int year, OrgKind kind, StructureEntry entry, List<String> aliases) {}
        List<Line> lines = new ArrayList<>();
        for (NamedRow row : rows) {
            Integer year = year(row, run);
            OrgKind kind = ORGANISATION_TYPES.get(row.get("Typ").toLowerCase(Locale.ROOT));
            if (kind == null) {
                run.error(
                        row,
                        "Typ",
                        "structure.file.kind",
                        row.get("Typ"),
                        "Nämnd, Förvaltning, Verksamhetsområde, Verksamhet, Enhet");
            }
            Integer sort = number(row, "Sortering", run, true);
            if (year == null || kind == null || sort == null) {
                continue;
            }
            List<String> aliases = Arrays.stream(row.get("Stavningar").split("\\|"))
                    .map(String::strip)
                    .filter(a -> !a.isEmpty())
                    .toList();
            if (!aliases.isEmpty() && kind != OrgKind.ACTIVITY && kind != OrgKind.UNIT) {
                run.error(row, "Stavningar", "structure.file.aliasKind");
                continue;
            }
            lines.add(new Line(row, year, kind, entry(row, kind, sort, false), aliases));
        }
        if (!run.errors.isEmpty()) {
            return;
        }
        lines.sort(
                Comparator.comparingInt(Line::year).thenComparing(l -> l.kind().ordinal()));
        for (Line line : lines) {
            attempt(run, line.row(), () -> {
                run.count(structure.applyEntry(line.entry(), line.year(), user));
                line.aliases()
                        .forEach(alias -> structure.applyAlias(
                                line.kind(), alias, line.entry().code(), user));
            });
        }
    }

    private void applyCostTypes(List<NamedRow> rows, String user, Run run) {
        record Line(NamedRow row, int year, StructureEntry entry) {}
        List<Line> lines = new ArrayList<>();
        for (NamedRow row : rows) {
            Integer year = year(row, run);
            Integer sort = number(row, "Sortering", run, true);
            Boolean income = switch (row.get("Intäkt").toLowerCase(Locale.ROOT)) {
                case "ja", "j", "1", "x" -> true;
                case "nej", "n", "0", "" -> false;
                default -> null;
            };
            if (income == null) {
                run.error(row, "Intäkt", "structure.file.yesNo", row.get("Intäkt"));
            }
            if (year == null || sort == null || income == null) {
                continue;
            }
            lines.add(new Line(row, year, entry(row, OrgKind.COST_TYPE, sort, income)));
        }
        if (!run.errors.isEmpty()) {
            return;
        }
        // parents before their children: by year, then by depth within the file
        Map<String, String> parents = new HashMap<>();
        lines.forEach(
                l -> parents.put(l.year() + "/" + l.entry().code(), l.entry().parentCode()));
        lines.sort(Comparator.comparingInt(Line::year)
                .thenComparingInt(l -> depth(parents, l.year(), l.entry().code())));
        for (Line line : lines) {
            attempt(run, line.row(), () -> run.count(structure.applyEntry(line.entry(), line.year(), user)));
        }
    }

    private static int depth(Map<String, String> parents, int year, String code) {
        int depth = 0;
        String parent = parents.get(year + "/" + code);
        while (parent != null && depth < 20) {
            depth++;
            parent = parents.get(year + "/" + parent);
        }
        return depth;
    }

    private void applyGoals(List<NamedRow> rows, String user, Run run) {
        List<NamedRow> areas = new ArrayList<>();
        List<NamedRow> others = new ArrayList<>();
        for (NamedRow row : rows) {
            String type = row.get("Typ").toLowerCase(Locale.ROOT);
            if (year(row, run) == null) {
                continue;
            }
            if (type.equals(GOAL_AREA)) {
                areas.add(row);
            } else if (type.equals(INDICATOR) || type.equals(LATE_TARGET)) {
                others.add(row);
            } else {
                run.error(
                        row,
                        "Typ",
                        "structure.file.kind",
                        row.get("Typ"),
                        "Målområde, Indikator, Mål sena utredningar");
            }
        }
        if (!run.errors.isEmpty()) {
            return;
        }
        for (NamedRow row : areas) {
            applyGoalArea(row, user, run);
        }
        for (NamedRow row : others) {
            if (row.get("Typ").equalsIgnoreCase(INDICATOR)) {
                applyIndicator(row, user, run);
            } else {
                applyLateTarget(row, user, run);
            }
        }
    }

    private void applyGoalArea(NamedRow row, String user, Run run) {
        int year = whole(row.get("År"));
        Integer number = number(row, "Målområde", run, true);
        BigDecimal target = amount(row, "Målnivå", run);
        BigDecimal yellow = amount(row, "Gul-gräns", run);
        if (number == null || target == null || yellow == null) {
            return;
        }
        Optional<GoalArea> existing = structure.goalAreas(year).stream()
                .filter(a -> a.number() == number)
                .findFirst();
        StructureService.GoalAreaForm form = new StructureService.GoalAreaForm(
                existing.map(GoalArea::id).orElse(null),
                year,
                number,
                row.get("Namn"),
                row.get("Beskrivning"),
                row.get("Indikator"),
                target,
                yellow);
        counted(
                run,
                row,
                existing.isPresent(),
                existing.isPresent() && same(existing.get(), form),
                () -> structure.applyGoalArea(form, user));
    }

    /** Applies a row's change unless it is as it was, and counts it as added, changed or unchanged. */
    private static void counted(Run run, NamedRow row, boolean exists, boolean same, Runnable change) {
        if (same) {
            run.unchanged++;
            return;
        }
        attempt(run, row, () -> {
            change.run();
            if (exists) {
                run.changed++;
            } else {
                run.added++;
            }
        });
    }

    private static boolean same(GoalArea a, StructureService.GoalAreaForm f) {
        return a.shortName().equals(f.shortName().strip())
                && a.title().equals(f.title().strip())
                && a.indicatorName().equals(f.indicatorName().strip())
                && a.targetShare().compareTo(f.targetShare()) == 0
                && a.yellowThreshold().compareTo(f.yellowThreshold()) == 0;
    }

    private Optional<String> unit(NamedRow row, int year, Run run) {
        Optional<String> code = organisation.resolveUnit(row.get("Enhet")).map(Unit::code);
        if (code.isEmpty() || organisation.organisation(year).unit(code.get()).isEmpty()) {
            run.error(row, "Enhet", "structure.file.unit", row.get("Enhet"), String.valueOf(year));
            return Optional.empty();
        }
        return code;
    }

    private void applyIndicator(NamedRow row, String user, Run run) {
        int year = whole(row.get("År"));
        Integer area = number(row, "Målområde", run, true);
        Optional<String> unit = unit(row, year, run);
        Direction direction = switch (row.get("Riktning").toLowerCase(Locale.ROOT)) {
            case "högre", "högre är bättre" -> Direction.HIGHER_IS_BETTER;
            case "lägre", "lägre är bättre" -> Direction.LOWER_IS_BETTER;
            case "ja/nej", "ja eller nej" -> Direction.YES_NO;
            default -> null;
        };
        if (direction == null) {
            run.error(row, "Riktning", "structure.file.direction", row.get("Riktning"));
        }
        UnitOfMeasure measure = switch (row.get("Måttenhet").toLowerCase(Locale.ROOT)) {
            case "procent", "%" -> UnitOfMeasure.PERCENT;
            case "antal" -> UnitOfMeasure.COUNT;
            case "ja/nej" -> UnitOfMeasure.YES_NO;
            default -> null;
        };
        if (measure == null) {
            run.error(row, "Måttenhet", "structure.file.measure", row.get("Måttenhet"));
        }
        BigDecimal target = amount(row, "Målnivå", run);
        BigDecimal yellow = amount(row, "Gul-gräns", run);
        Integer sort = number(row, "Sortering", run, false);
        if (area == null
                || unit.isEmpty()
                || direction == null
                || measure == null
                || target == null
                || yellow == null) {
            return;
        }
        Optional<GoalArea> goalArea = structure.goalAreas(year).stream()
                .filter(a -> a.number() == area)
                .findFirst();
        Optional<Indicator> existing = goalArea.flatMap(a -> structure.indicators(year).stream()
                .filter(i -> i.goalAreaId() == a.id()
                        && i.unitCode().equals(unit.get())
                        && i.name().equals(row.get("Namn")))
                .findFirst());
        String unitGoal = row.get("Beskrivning");
        StructureService.IndicatorForm form = new StructureService.IndicatorForm(
                existing.map(Indicator::id).orElse(null),
                year,
                area,
                unit.get(),
                unitGoal,
                row.get("Namn"),
                direction,
                measure,
                target,
                yellow,
                sort == null ? existing.map(Indicator::sortOrder).orElse(1) : sort);
        counted(
                run,
                row,
                existing.isPresent(),
                existing.isPresent() && same(existing.get(), form, goalArea.get(), structure.unitGoals(year)),
                () -> structure.applyIndicator(form, user));
    }

    private static boolean same(Indicator i, StructureService.IndicatorForm f, GoalArea area, List<UnitGoal> goals) {
        boolean goalSame = goals.stream()
                .anyMatch(g -> g.goalAreaId() == area.id()
                        && g.unitCode().equals(f.unitCode())
                        && g.description().equals(f.unitGoal().strip()));
        return goalSame
                && i.direction() == f.direction()
                && i.unitOfMeasure() == f.unitOfMeasure()
                && i.target().compareTo(f.target()) == 0
                && i.yellowThreshold().compareTo(f.yellowThreshold()) == 0
                && i.sortOrder() == f.sortOrder();
    }

    private void applyLateTarget(NamedRow row, String user, Run run) {
        int year = whole(row.get("År"));
        Optional<String> unit = unit(row, year, run);
        BigDecimal target = amount(row, "Målnivå", run);
        if (unit.isEmpty() || target == null) {
            return;
        }
        BigDecimal before = structure.lateShareTargets(year).get(unit.get());
        counted(
                run,
                row,
                before != null,
                before != null && before.compareTo(target) == 0,
                () -> structure.applyLateShareTarget(unit.get(), year, target, user));
    }

    // ------------------------------------------------------------------ export

    /**
     * A year's struktur file of a kind, as the import reads it: CSV as Swedish Excel writes it (UTF-8
     * with BOM, semicolons, decimal comma).
     */
    public byte[] export(Kind kind, int year) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(kind.columns());
        switch (kind) {
            case ORGANISATION -> exportOrganisation(year, rows::add);
            case COST_TYPES ->
                structure
                        .entries(OrgKind.COST_TYPE, year)
                        .forEach(c -> rows.add(List.of(
                                String.valueOf(year),
                                c.code(),
                                c.name(),
                                Objects.toString(c.parentCode(), ""),
                                String.valueOf(c.sortOrder()),
                                c.income() ? "ja" : "nej",
                                Objects.toString(c.financeCode(), ""))));
            case GOALS -> exportGoals(year, rows::add);
        }
        return csv(rows);
    }

    private void exportOrganisation(int year, Consumer<List<String>> out) {
        Map<String, List<String>> aliases = new HashMap<>();
        for (OrgKind kind : List.of(OrgKind.ACTIVITY, OrgKind.UNIT)) {
            structure
                    .aliases(kind)
                    .forEach(a -> aliases.computeIfAbsent(kind + "/" + a[1], k -> new ArrayList<>())
                            .add(a[0]));
        }
        ORGANISATION_TYPES.forEach((type, kind) -> structure
                .entries(kind, year)
                .forEach(e -> out.accept(List.of(
                        String.valueOf(year),
                        Character.toUpperCase(type.charAt(0)) + type.substring(1),
                        e.code(),
                        e.name(),
                        Objects.toString(e.parentCode(), ""),
                        String.valueOf(e.sortOrder()),
                        Objects.toString(e.financeCode(), ""),
                        String.join(" | ", aliases.getOrDefault(kind + "/" + e.code(), List.of()))))));
    }

    private void exportGoals(int year, Consumer<List<String>> out) {
        List<GoalArea> areas = structure.goalAreas(year);
        for (GoalArea a : areas) {
            out.accept(List.of(
                    String.valueOf(year),
                    "Målområde",
                    String.valueOf(a.number()),
                    "",
                    a.shortName(),
                    a.title(),
                    a.indicatorName(),
                    "",
                    "",
                    decimal(a.targetShare()),
                    decimal(a.yellowThreshold()),
                    ""));
        }
        Map<String, String> goals = new HashMap<>();
        structure.unitGoals(year).forEach(g -> goals.put(g.goalAreaId() + "/" + g.unitCode(), g.description()));
        for (Indicator i : structure.indicators(year)) {
            int number = areas.stream()
                    .filter(a -> a.id() == i.goalAreaId())
                    .mapToInt(GoalArea::number)
                    .findFirst()
                    .orElse(0);
            out.accept(List.of(
                    String.valueOf(year),
                    "Indikator",
                    String.valueOf(number),
                    i.unitCode(),
                    i.name(),
                    goals.getOrDefault(i.goalAreaId() + "/" + i.unitCode(), ""),
                    "",
                    switch (i.direction()) {
                        case HIGHER_IS_BETTER -> "högre";
                        case LOWER_IS_BETTER -> "lägre";
                        case YES_NO -> "ja/nej";
                    },
                    switch (i.unitOfMeasure()) {
                        case PERCENT -> "procent";
                        case COUNT -> "antal";
                        case YES_NO -> "ja/nej";
                    },
                    decimal(i.target()),
                    decimal(i.yellowThreshold()),
                    String.valueOf(i.sortOrder())));
        }
        structure.lateShareTargets(year).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(t -> out.accept(List.of(
                        String.valueOf(year),
                        "Mål sena utredningar",
                        "",
                        t.getKey(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        decimal(t.getValue()),
                        "",
                        "")));
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        java.io.Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            Csv.write(writer, rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
