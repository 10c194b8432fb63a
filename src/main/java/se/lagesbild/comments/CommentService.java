package se.lagesbild.comments;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.Comments;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.StampedCache;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.ActivityArea;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The analysis beside the figures (issue 16): comments per subject and period, append-only with who and
 * when, carried forward as a draft, recorded in the change log (topic COMMENTS) so that every open view
 * shows them at once. Who may write: ledning and controllers everything; an enhetschef the comments of
 * their own enheter (an enhet's investigations, its goals in a målområde where it reports). Everyone
 * signed in reads them: they are the analysis the nämnd reads in its report.
 */
@Service
@Transactional(readOnly = true)
public class CommentService implements Comments {

    /** How far back a draft is looked for: the twelve months before the period. */
    static final int DRAFT_MONTHS = 12;

    private final CommentRepository repository;
    private final Access access;
    private final Audit audit;
    private final ChangeLog changeLog;
    private final OrganisationService organisation;
    private final GoalService goals;
    private final StampedCache<Integer, List<Comment>> years = new StampedCache<>(16);

    CommentService(
            CommentRepository repository,
            Access access,
            Audit audit,
            ChangeLog changeLog,
            OrganisationService organisation,
            GoalService goals) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.changeLog = changeLog;
        this.organisation = organisation;
        this.goals = goals;
    }

    @Override
    public Shown shown(Subject subject, YearMonth period) {
        YearMonth from = period.minusMonths(DRAFT_MONTHS);
        List<Comment> versions = Stream.concat(year(period.getYear()).stream(), year(from.getYear()).stream())
                .distinct()
                .filter(c -> c.subject().equals(subject))
                .filter(c -> c.period().isAfter(from) && !c.period().isAfter(period))
                .toList();
        Optional<Comment> saved =
                versions.stream().filter(c -> c.period().equals(period)).findFirst();
        if (saved.isPresent()) {
            return new Shown(saved.get().isBlank() ? null : saved.get(), null);
        }
        // the latest version of the latest earlier period; a withdrawn comment is no draft
        return versions.stream()
                .findFirst()
                .filter(c -> !c.isBlank())
                .map(draft -> new Shown(null, draft))
                .orElse(Shown.NONE);
    }

    @Override
    public Map<Subject, Comment> current(YearMonth period) {
        Map<Subject, Comment> current = new LinkedHashMap<>();
        // the latest version of each subject comes first
        year(period.getYear()).stream()
                .filter(c -> c.period().equals(period))
                .forEach(c -> current.putIfAbsent(c.subject(), c));
        current.values().removeIf(Comment::isBlank);
        return current;
    }

    @Override
    public List<Comment> history(Subject subject, YearMonth period) {
        return year(period.getYear()).stream()
                .filter(c -> c.subject().equals(subject) && c.period().equals(period))
                .toList();
    }

    /**
     * Every version of a year's comments, the latest first: read once per change of the year's comments
     * (the change log's stamp), so that the open views redrawing after any change ask the database once.
     */
    private List<Comment> year(int year) {
        return years.get(year, changeLog.stamp(Topic.COMMENTS, year), () -> repository.versions(year));
    }

    @Override
    public boolean mayWrite(String user, Subject subject) {
        // ledning and controllers any subject; the enhet's own enhetschef its enhet's (Access.mayComment)
        return access.mayComment(user, subject.unitCode());
    }

    @Override
    @Transactional
    public Comment save(Subject subject, YearMonth period, String body, String user) {
        if (!mayWrite(user, subject)) {
            throw new AccessDeniedException("The user " + user + " may not comment on " + subject);
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > MAX_LENGTH) {
            throw new Refused("comments.error.tooLong", MAX_LENGTH);
        }
        if (organisation.yearState(period.getYear()) == YearState.LOCKED) {
            throw new Refused("comments.error.locked", period.getYear());
        }
        String name = name(subject, period.getYear())
                .orElseThrow(() -> new Refused("comments.error.subject", subject.key(), period.getYear()));
        List<Comment> versions = history(subject, period);
        Comment latest = versions.isEmpty() ? null : versions.getFirst();
        // unchanged text is no new version; an empty one saved over a draft stops the draft
        if (latest != null
                ? latest.body().equals(text)
                : text.isEmpty() && !shown(subject, period).isDraft()) {
            return latest;
        }
        Comment comment =
                new Comment(subject, period, text, latest == null ? 1 : latest.version() + 1, Instant.now(), user);
        repository.insert(comment);
        audit.record(
                user,
                AuditKind.COMMENT,
                subject.unitCode(),
                period.toString(),
                "Kommentar: " + name,
                latest == null ? null : latest.body(),
                text);
        changeLog.record(
                Topic.COMMENTS,
                period.getYear(),
                new Change.Scope(subject.kind() + ":" + subject.key(), name),
                "comments.change",
                user);
        return comment;
    }

    /**
     * The saved comments of a period in the report's order (economy: the nämnd, each area and its
     * verksamheter; then the enheter; then the målområden with their enheter), each with what it is about
     * in Swedish: what a frozen report version and its documents print.
     */
    public List<PeriodComment> commentsFor(int year, int month) {
        YearMonth period = YearMonth.of(year, month);
        Map<Subject, Comment> current = current(period);
        if (current.isEmpty()) {
            return List.of();
        }
        return current.values().stream()
                .map(c -> new PeriodComment(
                        c.subject().kind(),
                        name(c.subject(), year).orElse(c.subject().key()),
                        c))
                .sorted(Comparator.comparing((PeriodComment c) -> c.part().ordinal())
                        .thenComparing(c -> order(c.comment().subject(), year)))
                .toList();
    }

    /** A saved comment and the name of what it explains ("Barn- och ungdomsvård", "3. Trygghet — BUE"). */
    public record PeriodComment(Kind kind, String subjectName, Comment comment) {

        /** The part of the report it belongs to: Ekonomi, Utredningar or Mål. */
        public Part part() {
            return switch (kind) {
                case COMMITTEE, AREA, ACTIVITY -> Part.ECONOMY;
                case UNIT -> Part.INVESTIGATIONS;
                case GOAL_AREA, GOAL_UNIT -> Part.GOALS;
            };
        }
    }

    /** The report's parts a comment may belong to. */
    public enum Part {
        ECONOMY,
        INVESTIGATIONS,
        GOALS
    }

    /** What the subject is called in the year, if it exists then (a comment on nothing is refused). */
    Optional<String> name(Subject subject, int year) {
        Organisation org = organisation.organisation(year);
        return switch (subject.kind()) {
            case COMMITTEE ->
                Optional.ofNullable(org.committee())
                        .filter(c -> c.code().equals(subject.key()))
                        .map(c -> c.name());
            case AREA -> org.area(subject.key()).map(ActivityArea::name);
            case ACTIVITY -> org.activity(subject.key()).map(Activity::name);
            case UNIT -> org.unit(subject.key()).map(Unit::name);
            case GOAL_AREA -> goalArea(subject.key(), year).map(a -> a.number() + ". " + a.shortName());
            case GOAL_UNIT -> {
                String[] parts = subject.key().split("/", 2);
                GoalYear goalYear = goals.year(year);
                yield goalArea(parts[0], year)
                        .filter(a -> parts.length == 2
                                && !goalYear.indicatorsOf(a.number(), parts[1]).isEmpty())
                        .flatMap(
                                a -> org.unit(parts[1]).map(u -> a.number() + ". " + a.shortName() + " — " + u.name()));
            }
        };
    }

    private Optional<GoalArea> goalArea(String number, int year) {
        try {
            int n = Integer.parseInt(number);
            return goals.year(year).areas().stream()
                    .filter(a -> a.number() == n)
                    .findFirst();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A subject's place in its part of the report: the organisation's order, a målområde's number. */
    private String order(Subject subject, int year) {
        Organisation org = organisation.organisation(year);
        return switch (subject.kind()) {
            case COMMITTEE -> "";
            case AREA ->
                org.area(subject.key()).map(a -> sortKey(a.sortOrder())).orElse(subject.key());
            case ACTIVITY ->
                org.activity(subject.key())
                        .map(a -> org.area(a.areaCode())
                                        .map(area -> sortKey(area.sortOrder()))
                                        .orElse("")
                                + "/" + sortKey(a.sortOrder()))
                        .orElse(subject.key());
            case UNIT -> subject.key();
            case GOAL_AREA, GOAL_UNIT -> {
                String[] parts = subject.key().split("/", 2);
                yield sortKey(Integer.parseInt(parts[0])) + (parts.length == 2 ? "/" + parts[1] : "");
            }
        };
    }

    private static String sortKey(int number) {
        return "%05d".formatted(number);
    }

    /** The length of the schema's column, which {@link #MAX_LENGTH} must agree with (a test compares them). */
    int schemaMaxLength() {
        return repository.bodyLength();
    }
}
