package se.lagesbild.investigations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import se.lagesbild.base.TextLimits;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.FileHeader;
import se.lagesbild.importing.FileKind;
import se.lagesbild.importing.FileRow;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportPipeline;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.security.Access;

/**
 * Imports the pseudonymised case export (format: docs/import-formats.md, "Utredningar") as a kind of
 * file of the import pipeline ({@link ImportPipeline}, decisions/0012): this class contributes only
 * the columns, the row rule, the comparison with the stored cases and the apply step.
 *
 * <p>Guarantees (the pipeline's): a file with anything that looks like a personnummer or
 * samordningsnummer ({@link PersonalIdentityNumbers}) is refused as a whole, before any other reading,
 * and the import log records only that and where (row, column), never the value; every row is
 * validated, with row and column; the file is stored all or nothing; an unchanged case is not stored
 * again, a changed one becomes a new version; every save, rejection and refusal is logged in
 * {@code import_log} and audited. Controllers import in the Utredningar view; a scheduled job posts to
 * {@code /api/import/utredningar} with an API token scoped to it ({@link ApiImport}).
 */
@Service
public class InvestigationImport implements ApiImport, FileKind<Investigation, InvestigationImport.Cases> {

    static final String KIND = "INVESTIGATIONS";
    static final String REFERENCE = "Ärende";
    static final String UNIT = "Enhet";
    static final String TARGET_GROUP = "Målgrupp";
    static final String OPENED = "Inledd";
    static final String CLOSED = "Avslutad";
    static final String DECIDED = "Beslutsdatum ";
    static final String NEW_DEADLINE = "Förlängd till ";
    static final String REASON = "Skäl ";
    private static final List<String> REQUIRED = List.of(REFERENCE, UNIT, TARGET_GROUP, OPENED, CLOSED);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String ERROR = "investigations.import.error.";

    /** What applying a file writes: its new and changed cases, and the stored version of each changed one. */
    public record Cases(List<Investigation> added, List<Investigation> changed, Map<String, Integer> versions) {}

    private final InvestigationService service;
    private final Access access;
    private final InvestigationRepository repository;
    private final OrganisationService organisation;
    private final ImportPipeline pipeline;
    private final Supplier<LocalDate> today;

    InvestigationImport(
            InvestigationService service,
            InvestigationRepository repository,
            OrganisationService organisation,
            ImportPipeline pipeline,
            Access access) {
        this.service = service;
        this.access = access;
        this.repository = repository;
        this.organisation = organisation;
        this.pipeline = pipeline;
        this.today = LocalDate::now;
    }

    /** Whether the user may import cases (the policy: {@link Access#mayImport}); views hide the button otherwise. */
    public boolean mayImport(String user) {
        return access.mayImport(user);
    }

    /**
     * Reads and checks a file without storing any case. A refused file is logged at once (the
     * refusal is the event worth a record, whether or not anyone goes on to save).
     */
    public InvestigationImportPreview preview(String fileName, byte[] bytes, String user) {
        access.checkMayImport(user);
        return preview(pipeline.preview(this, fileName, bytes, user));
    }

    /**
     * Checks the file and, when it has no problem, stores its new and changed cases in one
     * transaction with its log row. Returns what was (or would have been) imported.
     */
    public InvestigationImportPreview apply(String fileName, byte[] bytes, String user) {
        access.checkMayImport(user);
        return preview(pipeline.apply(this, fileName, bytes, user).check());
    }

    @Override
    public Set<ImportScope> scopes() {
        return Set.of(ImportScope.INVESTIGATIONS);
    }

    /**
     * The same for a scheduled job (the import endpoint), authorised by its API token, which must be
     * scoped to the investigations export; recorded as {@code api:<job>}.
     */
    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        return pipeline.importFile(this, token, fileName, bytes);
    }

    /** The pipeline's check as the Utredningar view shows it. */
    private static InvestigationImportPreview preview(ImportPipeline.FileCheck<Cases> check) {
        Cases cases = check.compared() == null ? null : check.compared().changes();
        return new InvestigationImportPreview(
                check.fileName(),
                check.refusedAt() == null ? null : error(check.refusedAt()),
                check.errors().stream().map(InvestigationImport::error).toList(),
                cases == null ? List.of() : cases.added(),
                cases == null ? List.of() : cases.changed(),
                check.compared() == null ? 0 : check.compared().unchanged(),
                check.errorCount());
    }

    private static InvestigationImportError error(ImportError e) {
        return new InvestigationImportError(
                e.row() == null ? 1 : e.row(), e.column() == null ? "" : e.column(), e.messageKey(), e.args());
    }

    // ------------------------------------------------------------------------------------ the kind

    @Override
    public ImportScope scope() {
        return ImportScope.INVESTIGATIONS;
    }

    @Override
    public String logKind() {
        return KIND;
    }

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    /** No personal data: a cell (or the file name) with a personnummer refuses the file. */
    @Override
    public Predicate<String> refusal() {
        return PersonalIdentityNumbers::containsOne;
    }

    @Override
    public String messageKey(String problem) {
        return ERROR + problem;
    }

    @Override
    public Function<FileRow, Investigation> rowRule(FileHeader header) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<Unit>> units = new HashMap<>();
        Map<String, Optional<TargetGroup>> groups = new HashMap<>();
        List<Integer> numbers = extensionNumbers(header);
        LocalDate now = today.get();
        return in -> {
            int before = in.errorCount();
            String reference = text(in, REFERENCE, true);
            if (reference != null && reference.length() > TextLimits.CASE_REFERENCE) {
                problem(in, REFERENCE, "tooLong");
            }
            if (reference != null) {
                Integer earlier = seen.putIfAbsent(reference, in.row());
                if (earlier != null) {
                    problem(in, REFERENCE, "duplicate", String.valueOf(earlier));
                }
            }
            String unitText = text(in, UNIT, true);
            Unit unit = null;
            if (unitText != null) {
                unit = units.computeIfAbsent(unitText, organisation::resolveUnit)
                        .orElse(null);
                if (unit == null) {
                    problem(in, UNIT, "unknownUnit", unitText);
                }
            }
            String groupText = text(in, TARGET_GROUP, true);
            TargetGroup group = null;
            if (groupText != null) {
                group = groups.computeIfAbsent(
                                groupText,
                                t -> java.util.Arrays.stream(TargetGroup.values())
                                        .filter(g -> g.swedishLabel().equalsIgnoreCase(t.strip()))
                                        .findFirst())
                        .orElse(null);
                if (group == null) {
                    problem(in, TARGET_GROUP, "badTargetGroup", groupText);
                }
            }
            LocalDate opened = date(in, OPENED, true);
            LocalDate closed = date(in, CLOSED, false);
            List<DeadlineExtension> extensions = new ArrayList<>();
            List<Integer> extensionNumbers = new ArrayList<>();
            for (int n : numbers) {
                LocalDate decided = date(in, DECIDED + n, false);
                LocalDate newDeadline = date(in, NEW_DEADLINE + n, false);
                String reason = text(in, REASON + n, false);
                if (reason != null && reason.length() > TextLimits.EXTENSION_REASON) {
                    problem(in, REASON + n, "reasonTooLong", String.valueOf(TextLimits.EXTENSION_REASON));
                    continue;
                }
                boolean any = decided != null
                        || newDeadline != null
                        || reason != null
                        || !in.raw(DECIDED + n).isBlank()
                        || !in.raw(NEW_DEADLINE + n).isBlank();
                if (!any) {
                    continue;
                }
                if (decided == null || newDeadline == null) {
                    if (in.raw(DECIDED + n).isBlank()
                            || in.raw(NEW_DEADLINE + n).isBlank()) {
                        problem(
                                in,
                                in.raw(DECIDED + n).isBlank() ? DECIDED + n : NEW_DEADLINE + n,
                                "extensionIncomplete");
                    }
                    continue;
                }
                extensions.add(new DeadlineExtension(decided, newDeadline, reason));
                extensionNumbers.add(n);
            }
            if (in.errorCount() > before || opened == null) {
                return null;
            }
            Investigation investigation = new Investigation(reference, unit.code(), group, opened, closed, extensions);
            for (InvestigationRules.Problem problem : InvestigationRules.validate(investigation, now)) {
                switch (problem) {
                    case CLOSED_BEFORE_OPENED -> problem(in, CLOSED, "closedBeforeOpened");
                    case OPENED_IN_FUTURE -> problem(in, OPENED, "openedInFuture");
                    case CLOSED_IN_FUTURE -> problem(in, CLOSED, "closedInFuture");
                    default ->
                        problem(
                                in,
                                extensionColumn(investigation, extensions, extensionNumbers, problem, now),
                                switch (problem) {
                                    case EXTENSION_DECIDED_BEFORE_OPENED -> "extensionBeforeOpened";
                                    case EXTENSION_DECIDED_IN_FUTURE -> "extensionInFuture";
                                    default -> "extensionNotLater";
                                });
                }
            }
            return in.errorCount() == before ? investigation : null;
        };
    }

    @Override
    public Compared<Cases> compare(String fileName, FileHeader header, List<Read<Investigation>> rows) {
        List<Investigation> cases = rows.stream().map(Read::value).toList();
        Map<String, Integer> rowOf = new HashMap<>();
        rows.forEach(r -> rowOf.put(r.value().reference(), r.row()));
        Map<String, InvestigationRepository.Stored> stored =
                repository.current(cases.stream().map(Investigation::reference).toList());
        Map<String, Integer> versions = new HashMap<>();
        stored.forEach((reference, s) -> versions.put(reference, s.version()));
        List<Investigation> added = new ArrayList<>();
        List<Investigation> changed = new ArrayList<>();
        int unchanged = 0;
        for (Investigation c : cases) {
            InvestigationRepository.Stored s = stored.get(c.reference());
            if (s == null) {
                added.add(c);
            } else if (normalised(s.investigation()).equals(normalised(c))) {
                unchanged++;
            } else {
                changed.add(c);
            }
        }
        // a new or changed case may not change the figures of a locked year (its opening or closing)
        List<ImportError> locked = new ArrayList<>();
        java.util.stream.Stream.concat(added.stream(), changed.stream()).forEach(c -> {
            List<Investigation> touched = new ArrayList<>(List.of(c));
            Optional.ofNullable(stored.get(c.reference()))
                    .map(InvestigationRepository.Stored::investigation)
                    .ifPresent(touched::add);
            for (Investigation version : touched) {
                lockedYear(version.opened())
                        .ifPresent(year -> locked.add(new ImportError(
                                fileName,
                                rowOf.get(c.reference()),
                                header.label(OPENED),
                                ERROR + "yearLocked",
                                List.of(year))));
                lockedYear(version.closed())
                        .ifPresent(year -> locked.add(new ImportError(
                                fileName,
                                rowOf.get(c.reference()),
                                header.label(CLOSED),
                                ERROR + "yearLocked",
                                List.of(year))));
            }
        });
        return new Compared<>(
                added.size(),
                changed.size(),
                unchanged,
                new Cases(added, changed, versions),
                locked.stream().distinct().toList());
    }

    @Override
    public void apply(Cases changes, String user, String fileName, long importId) {
        List<Investigation> cases = new ArrayList<>(changes.added());
        cases.addAll(changes.changed());
        if (!cases.isEmpty()) {
            service.record(cases, changes.versions(), "change.investigations.import", user, fileName, importId);
        }
    }

    // ------------------------------------------------------------------------------------ reading

    /** The year of a day, if that year is locked (no more facts). */
    private Optional<String> lockedYear(LocalDate day) {
        return Optional.ofNullable(day)
                .map(LocalDate::getYear)
                .filter(year -> organisation.yearState(year) == se.lagesbild.organisation.YearState.LOCKED)
                .map(String::valueOf);
    }

    /**
     * The column of the extension a rule problem is about: the first extension, in decision order,
     * with which the problem appears.
     */
    private static String extensionColumn(
            Investigation investigation,
            List<DeadlineExtension> extensions,
            List<Integer> numbers,
            InvestigationRules.Problem problem,
            LocalDate today) {
        List<Integer> order = new ArrayList<>(
                java.util.stream.IntStream.range(0, extensions.size()).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> extensions.get(i).decided())
                .thenComparing(i -> extensions.get(i).newDeadline()));
        for (int k = 1; k <= order.size(); k++) {
            List<DeadlineExtension> first =
                    order.subList(0, k).stream().map(extensions::get).toList();
            Investigation partial = new Investigation(
                    investigation.reference(),
                    investigation.unitCode(),
                    investigation.targetGroup(),
                    investigation.opened(),
                    investigation.closed(),
                    first);
            if (InvestigationRules.validate(partial, today).contains(problem)) {
                int n = numbers.get(order.get(k - 1));
                return problem == InvestigationRules.Problem.EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE
                        ? NEW_DEADLINE + n
                        : DECIDED + n;
            }
        }
        return NEW_DEADLINE + numbers.getFirst();
    }

    private static Investigation normalised(Investigation i) {
        return new Investigation(
                i.reference(),
                i.unitCode(),
                i.targetGroup(),
                i.opened(),
                i.closed(),
                i.extensions().stream()
                        .sorted(Comparator.comparing(DeadlineExtension::decided)
                                .thenComparing(DeadlineExtension::newDeadline)
                                .thenComparing(e -> e.reasonCode() == null ? "" : e.reasonCode()))
                        .toList());
    }

    /** The extension numbers the header has columns for ("Beslutsdatum 2" → 2), in order. */
    private static List<Integer> extensionNumbers(FileHeader header) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String name : header.names()) {
            for (String prefix : List.of(DECIDED, NEW_DEADLINE, REASON)) {
                String p = FileHeader.normalise(prefix) + " ";
                if (name.startsWith(p) && name.substring(p.length()).matches("\\d{1,2}")) {
                    numbers.add(Integer.parseInt(name.substring(p.length())));
                }
            }
        }
        return List.copyOf(numbers);
    }

    private static String text(FileRow in, String column, boolean required) {
        return in.text(column, required, ERROR + "empty.value");
    }

    private static void problem(FileRow in, String column, String key, String... args) {
        in.error(column, ERROR + key, args);
    }

    private static LocalDate date(FileRow in, String column, boolean required) {
        String value = text(in, column, required);
        if (value == null) {
            return null;
        }
        try {
            LocalDate quick = quickDate(value);
            if (quick != null) {
                return quick;
            }
            return value.length() == 8 ? LocalDate.parse(value, COMPACT) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(in, column, "badDate", value);
            return null;
        }
    }

    /**
     * The plain cases of {@link LocalDate#parse}: {@code yyyy-MM-dd} and {@code yyyyMMdd} of ASCII
     * digits that make a real date, without the formatter; null for anything else (including an
     * impossible date), which is then left to the formatter, so that the same texts are accepted
     * and the same rejected.
     */
    static LocalDate quickDate(String value) {
        int n = value.length();
        int year;
        int month;
        int day;
        if (n == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            year = digits(value, 0, 4);
            month = digits(value, 5, 7);
            day = digits(value, 8, 10);
        } else if (n == 8) {
            year = digits(value, 0, 4);
            month = digits(value, 4, 6);
            day = digits(value, 6, 8);
        } else {
            return null;
        }
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number the ASCII digits {@code from..to} of {@code s} make, or -1 if any is no digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
