package se.lagesbild.investigations;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.TextLimits;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportMetrics;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.security.Access;

/**
 * Imports the pseudonymised case export (format: docs/import-formats.md, "Utredningar").
 *
 * <p>Guarantees: a file with anything that looks like a personnummer or samordningsnummer
 * ({@link PersonalIdentityNumbers}) is refused as a whole, before any other reading, and the import
 * log records only that and where (row, column), never the value; every row is validated, with row
 * and column; the file is stored all or nothing; an unchanged case is not stored again, a changed
 * one becomes a new version; every save, rejection and refusal is logged in {@code import_log}.
 * Controllers import in the Utredningar view; a scheduled job posts to {@code /api/import/utredningar}
 * with an API token scoped to it ({@link ApiImport}).
 */
@Service
public class InvestigationImport implements ApiImport {

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

    private final InvestigationService service;
    private final Access access;
    private final TransactionTemplate transaction;
    private final InvestigationRepository repository;
    private final OrganisationService organisation;
    private final ImportLog importLog;
    private final Supplier<LocalDate> today;

    InvestigationImport(
            InvestigationService service,
            InvestigationRepository repository,
            OrganisationService organisation,
            ImportLog importLog,
            Access access,
            TransactionTemplate transaction) {
        this.service = service;
        this.access = access;
        this.transaction = transaction;
        this.repository = repository;
        this.organisation = organisation;
        this.importLog = importLog;
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
    public InvestigationImportPreview preview(String givenName, byte[] bytes, String user) {
        access.checkMayImport(user);
        String fileName = ImportFiles.fileName(givenName);
        InvestigationImportPreview preview = check(fileName, bytes).preview();
        if (preview.refusedAt() != null) {
            log(fileName, bytes, user, ImportStatus.REFUSED, 0, 0, 0, refusalMessage(preview.refusedAt()));
        }
        return preview;
    }

    /**
     * Checks the file and, when it has no problem, stores its new and changed cases in one
     * transaction with its log row. Returns what was (or would have been) imported.
     */
    public InvestigationImportPreview apply(String fileName, byte[] bytes, String user) {
        access.checkMayImport(user);
        return applyAs(ImportFiles.fileName(fileName), bytes, user).preview();
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
        if (scope != ImportScope.INVESTIGATIONS || !token.scopes().contains(scope)) {
            throw new AccessDeniedException("The API token " + token.name() + " may not import " + scope);
        }
        Applied applied = applyAs(ImportFiles.fileName(fileName), bytes, token.recordedAs());
        InvestigationImportPreview preview = applied.preview();
        List<ImportError> errors = (preview.refusedAt() != null ? List.of(preview.refusedAt()) : preview.problems())
                .stream()
                        .map(p -> new ImportError(
                                safeName(fileName),
                                p.row(),
                                p.column().isEmpty() ? null : p.column(),
                                p.key(),
                                p.args()))
                        .toList();
        return new ApiImportResult(
                applied.status(),
                applied.importId(),
                preview.added().size(),
                preview.changed().size(),
                preview.unchanged(),
                errors);
    }

    /** An import's outcome and its row in the import log. */
    private record Applied(InvestigationImportPreview preview, ImportStatus status, long importId) {}

    /**
     * Applies the file in a transaction of its own; when that fails unexpectedly (and rolls back), the
     * attempt is still logged and audited ({@link ImportLog#recordFailure}) before the error goes on.
     */
    private Applied applyAs(String fileName, byte[] bytes, String user) {
        try {
            return ImportMetrics.timed(
                    ImportScope.INVESTIGATIONS.path(),
                    Applied::status,
                    () -> transaction.execute(status -> applyTimed(fileName, bytes, user)));
        } catch (RuntimeException e) {
            importLog.recordFailure(KIND, safeName(fileName), bytes, user, e);
            throw e;
        }
    }

    private Applied applyTimed(String fileName, byte[] bytes, String user) {
        Checked checked = check(fileName, bytes);
        InvestigationImportPreview preview = checked.preview();
        ImportStatus status = preview.refusedAt() != null
                ? ImportStatus.REFUSED
                : !preview.problems().isEmpty() ? ImportStatus.REJECTED : ImportStatus.APPLIED;
        long importId;
        if (status == ImportStatus.REFUSED) {
            importId = log(fileName, bytes, user, status, 0, 0, 0, refusalMessage(preview.refusedAt()));
        } else if (status == ImportStatus.REJECTED) {
            InvestigationImportError first = preview.problems().getFirst();
            importId = log(
                    fileName,
                    bytes,
                    user,
                    status,
                    0,
                    0,
                    0,
                    swedish(
                            "investigations.import.log.rejected",
                            String.valueOf(preview.problems().size()),
                            String.valueOf(first.row()),
                            first.column(),
                            swedish(first.key(), first.args().toArray(String[]::new))));
        } else {
            importId = log(
                    fileName,
                    bytes,
                    user,
                    status,
                    preview.added().size(),
                    preview.changed().size(),
                    preview.unchanged(),
                    null);
            List<Investigation> cases = new ArrayList<>(preview.added());
            cases.addAll(preview.changed());
            if (!cases.isEmpty()) {
                service.record(
                        cases, checked.versions(), "change.investigations.import", user, safeName(fileName), importId);
            }
        }
        return new Applied(preview, status, importId);
    }

    // ------------------------------------------------------------------------------------ reading

    /** A checked file: the preview, and the current version of each stored case it names. */
    record Checked(InvestigationImportPreview preview, Map<String, Integer> versions) {

        Checked(InvestigationImportPreview preview) {
            this(preview, Map.of());
        }
    }

    Checked check(String fileName, byte[] bytes) {
        List<List<String>> rows;
        try {
            rows = ImportFiles.rows(bytes);
        } catch (IOException | RuntimeException e) {
            return new Checked(new InvestigationImportPreview(
                    fileName,
                    null,
                    List.of(new InvestigationImportError(1, "", ERROR + "unreadable", List.of())),
                    List.of(),
                    List.of(),
                    0));
        }
        // No personal data: look at every cell before anything else is read.
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (PersonalIdentityNumbers.containsOne(row.get(c))) {
                    String header = r > 0 && c < rows.getFirst().size()
                            ? rows.getFirst().get(c).strip()
                            : "";
                    return new Checked(new InvestigationImportPreview(
                            fileName,
                            new InvestigationImportError(r + 1, column(header, c), ERROR + "refused", List.of()),
                            List.of(),
                            List.of(),
                            List.of(),
                            0));
                }
            }
        }
        List<InvestigationImportError> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new InvestigationImportError(1, "", ERROR + "empty", List.of()));
            return new Checked(new InvestigationImportPreview(fileName, null, problems, List.of(), List.of(), 0));
        }
        Header header = Header.of(rows.getFirst());
        for (String required : REQUIRED) {
            if (header.index(required) < 0) {
                problems.add(new InvestigationImportError(1, "", ERROR + "missingColumn", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(new InvestigationImportPreview(fileName, null, problems, List.of(), List.of(), 0));
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<Unit>> units = new HashMap<>();
        Map<String, Optional<TargetGroup>> groups = new HashMap<>();
        List<Investigation> cases = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        LocalDate now = today.get();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            RowReader in = new RowReader(header, row, r + 1, problems);
            int before = problems.size();
            String reference = in.text(REFERENCE, true);
            if (reference != null && reference.length() > TextLimits.CASE_REFERENCE) {
                in.problem(REFERENCE, "tooLong");
            }
            if (reference != null) {
                Integer earlier = seen.putIfAbsent(reference, r + 1);
                if (earlier != null) {
                    in.problem(REFERENCE, "duplicate", String.valueOf(earlier));
                }
            }
            String unitText = in.text(UNIT, true);
            Unit unit = null;
            if (unitText != null) {
                unit = units.computeIfAbsent(unitText, organisation::resolveUnit)
                        .orElse(null);
                if (unit == null) {
                    in.problem(UNIT, "unknownUnit", unitText);
                }
            }
            String groupText = in.text(TARGET_GROUP, true);
            TargetGroup group = null;
            if (groupText != null) {
                group = groups.computeIfAbsent(
                                groupText,
                                t -> java.util.Arrays.stream(TargetGroup.values())
                                        .filter(g -> g.swedishLabel().equalsIgnoreCase(t.strip()))
                                        .findFirst())
                        .orElse(null);
                if (group == null) {
                    in.problem(TARGET_GROUP, "badTargetGroup", groupText);
                }
            }
            LocalDate opened = in.date(OPENED, true);
            LocalDate closed = in.date(CLOSED, false);
            List<DeadlineExtension> extensions = new ArrayList<>();
            List<Integer> extensionNumbers = new ArrayList<>();
            for (int n : header.extensionNumbers()) {
                LocalDate decided = in.date(DECIDED + n, false);
                LocalDate newDeadline = in.date(NEW_DEADLINE + n, false);
                String reason = in.text(REASON + n, false);
                if (reason != null && reason.length() > TextLimits.EXTENSION_REASON) {
                    in.problem(REASON + n, "reasonTooLong", String.valueOf(TextLimits.EXTENSION_REASON));
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
                        in.problem(
                                in.raw(DECIDED + n).isBlank() ? DECIDED + n : NEW_DEADLINE + n, "extensionIncomplete");
                    }
                    continue;
                }
                extensions.add(new DeadlineExtension(decided, newDeadline, reason));
                extensionNumbers.add(n);
            }
            if (problems.size() > before || opened == null) {
                continue;
            }
            Investigation investigation = new Investigation(reference, unit.code(), group, opened, closed, extensions);
            for (InvestigationRules.Problem problem : InvestigationRules.validate(investigation, now)) {
                switch (problem) {
                    case CLOSED_BEFORE_OPENED -> in.problem(CLOSED, "closedBeforeOpened");
                    case OPENED_IN_FUTURE -> in.problem(OPENED, "openedInFuture");
                    case CLOSED_IN_FUTURE -> in.problem(CLOSED, "closedInFuture");
                    default ->
                        in.problem(
                                extensionColumn(investigation, extensions, extensionNumbers, problem, now),
                                switch (problem) {
                                    case EXTENSION_DECIDED_BEFORE_OPENED -> "extensionBeforeOpened";
                                    case EXTENSION_DECIDED_IN_FUTURE -> "extensionInFuture";
                                    default -> "extensionNotLater";
                                });
                }
            }
            if (problems.size() == before) {
                cases.add(investigation);
                rowOf.put(investigation.reference(), in.row());
            }
        }
        if (problems.isEmpty() && cases.isEmpty()) {
            problems.add(new InvestigationImportError(1, "", ERROR + "empty", List.of()));
        }
        if (!problems.isEmpty()) {
            return new Checked(new InvestigationImportPreview(fileName, null, problems, List.of(), List.of(), 0));
        }
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
        List<InvestigationImportError> locked = new ArrayList<>();
        java.util.stream.Stream.concat(added.stream(), changed.stream()).forEach(c -> {
            List<Investigation> touched = new ArrayList<>(List.of(c));
            Optional.ofNullable(stored.get(c.reference()))
                    .map(InvestigationRepository.Stored::investigation)
                    .ifPresent(touched::add);
            for (Investigation version : touched) {
                lockedYear(version.opened())
                        .ifPresent(year -> locked.add(new InvestigationImportError(
                                rowOf.get(c.reference()), header.label(OPENED), ERROR + "yearLocked", List.of(year))));
                lockedYear(version.closed())
                        .ifPresent(year -> locked.add(new InvestigationImportError(
                                rowOf.get(c.reference()), header.label(CLOSED), ERROR + "yearLocked", List.of(year))));
            }
        });
        if (!locked.isEmpty()) {
            return new Checked(new InvestigationImportPreview(
                    fileName, null, locked.stream().distinct().toList(), List.of(), List.of(), 0));
        }
        return new Checked(
                new InvestigationImportPreview(fileName, null, List.of(), added, changed, unchanged), versions);
    }

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

    /**
     * The header row: column positions by name, case and spacing ignored. Positions are looked up
     * once per name (every row asks for the same few columns).
     */
    private static final class Header {

        private final List<String> names;
        private final Map<String, Integer> indexes = new HashMap<>();
        private List<Integer> extensionNumbers;

        private Header(List<String> names) {
            this.names = names;
        }

        static Header of(List<String> cells) {
            return new Header(cells.stream().map(Header::normalise).toList());
        }

        static String normalise(String name) {
            return name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        int index(String name) {
            Integer i = indexes.get(name);
            if (i == null) {
                i = names.indexOf(normalise(name));
                indexes.put(name, i);
            }
            return i;
        }

        String label(String name) {
            int i = index(name);
            return column(name.strip(), i);
        }

        List<Integer> extensionNumbers() {
            if (extensionNumbers == null) {
                java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
                for (String name : names) {
                    for (String prefix : List.of(DECIDED, NEW_DEADLINE, REASON)) {
                        String p = normalise(prefix) + " ";
                        if (name.startsWith(p) && name.substring(p.length()).matches("\\d{1,2}")) {
                            numbers.add(Integer.parseInt(name.substring(p.length())));
                        }
                    }
                }
                extensionNumbers = List.copyOf(numbers);
            }
            return extensionNumbers;
        }
    }

    /** One data row, reporting its problems by row and column. */
    private record RowReader(Header header, List<String> cells, int row, List<InvestigationImportError> problems) {

        String raw(String column) {
            int i = header.index(column);
            return i < 0 || i >= cells.size() ? "" : cells.get(i).strip();
        }

        String text(String column, boolean required) {
            String value = raw(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "empty.value");
                }
                return null;
            }
            return value;
        }

        LocalDate date(String column, boolean required) {
            String value = text(column, required);
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
                problem(column, "badDate", value);
                return null;
            }
        }

        void problem(String column, String key, String... args) {
            problems.add(new InvestigationImportError(row, header.label(column), ERROR + key, List.of(args)));
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

    /** "Avslutad (E)": the header and the column letter as Excel shows them. */
    static String column(String header, int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return header.isEmpty() ? letters.toString() : header + " (" + letters + ")";
    }

    // ------------------------------------------------------------------------------------ the log

    private long log(
            String fileName,
            byte[] bytes,
            String user,
            ImportStatus status,
            int added,
            int corrected,
            int unchanged,
            String message) {
        return importLog.record(
                KIND, safeName(fileName), Checksums.sha256(bytes), user, status, added, corrected, unchanged, message);
    }

    /** The file name as logged: left out if it, too, holds something like a personnummer. */
    private static String safeName(String fileName) {
        String name = ImportFiles.fileName(fileName);
        return PersonalIdentityNumbers.containsOne(name) ? swedish("investigations.import.log.nameWithheld") : name;
    }

    private static String refusalMessage(InvestigationImportError where) {
        return swedish("investigations.import.log.refused", String.valueOf(where.row()), where.column());
    }

    /** A message in Swedish, the language of the log, from the application's translations. */
    static String swedish(String key, String... args) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of("sv"))
                .getString(key);
        return new MessageFormat(pattern, Locale.of("sv")).format(args);
    }
}
