package se.lagesbild.presentation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ReportVersion;

/**
 * The nämnd meeting: a presenter's session with a short code, its current slide kept in the
 * database (the only thing the app nodes share) and every move published through the change log,
 * so that the members' screens follow on whichever node they are.
 * <p>
 * A session runs until its presenter ends it (leaves or closes the presentation) or has not moved
 * for {@code lagesbild.presentation.session-timeout} (8 h, as long as a presentation screen stays
 * signed in); then its code tells the followers that it has ended, for {@link #KEEP_ENDED}, after
 * which the row is removed and the code may be given out again. Every node runs the {@link #cleanUp
 * cleanup}; its statements are idempotent, so nodes running it at the same time do no harm.
 */
@Service
@Transactional(readOnly = true)
public class PresentationService {

    /** Letters that cannot be mistaken for each other on a projector (no I, O). */
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long an ended session's code still says so to a follower before it is removed. */
    static final Duration KEEP_ENDED = Duration.ofDays(1);
    /** Who the change log names for sessions the cleanup ended. */
    static final String CLEANUP = "system";

    private final SessionRepository repository;
    private final ReportService reports;
    private final ChangeLog changeLog;
    private final Duration timeout;
    private final Clock clock;

    @Autowired
    PresentationService(
            SessionRepository repository, ReportService reports, ChangeLog changeLog, PresentationSettings settings) {
        this(repository, reports, changeLog, settings.sessionTimeout(), Clock.systemUTC());
    }

    PresentationService(
            SessionRepository repository, ReportService reports, ChangeLog changeLog, Duration timeout, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.changeLog = changeLog;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Starts a presentation of a frozen version ({@code versionId}), or of the live figures of {@code period}. */
    @Transactional
    public Session start(Long versionId, YearMonth period, String user) {
        reports.checkMayView(user);
        YearMonth shown = versionId == null
                ? period
                : reports.version(versionId)
                        .map(ReportVersion::period)
                        .orElseThrow(() -> new IllegalArgumentException("No report version " + versionId));
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            if (repository.insert(code.toString(), versionId, shown, user, clock.instant())) {
                return new Session(code.toString(), versionId, shown, 0, false);
            }
        }
    }

    /**
     * The session of a code as the presenter last left it (any case; spaces ignored), ended or not;
     * empty for a code no session has (or had in the last {@link #KEEP_ENDED}).
     */
    public Optional<Session> session(String code) {
        return code == null
                ? Optional.empty()
                : repository.find(code.strip().toUpperCase(Locale.ROOT), idleSince(clock.instant()));
    }

    /**
     * Moves the presentation to a slide; every follower on every node follows within the poll
     * interval. Only the presenter who started the session moves it.
     *
     * @return false when the session has ended: nothing moved
     */
    @Transactional
    public boolean moveTo(String code, int slide, String user) {
        Instant now = clock.instant();
        if (!repository.moveTo(code, slide, user, now, idleSince(now))) {
            checkPresents(code, user);
            return false;
        }
        changeLog.record(Topic.PRESENTATION, null, null, "presentation.change.slide", user);
        return true;
    }

    /**
     * Ends a session: its followers, on every node, are told so at once, and its code no longer
     * follows anything. Only the presenter ends it; ending it again changes nothing.
     */
    @Transactional
    public void end(String code, String user) {
        if (repository.end(code, user, clock.instant())) {
            changeLog.record(Topic.PRESENTATION, null, null, "presentation.change.ended", user);
        } else {
            checkPresents(code, user);
        }
    }

    private void checkPresents(String code, String user) {
        if (!repository.presents(code, user)) {
            throw new AccessDeniedException("The user " + user + " does not present the session " + code);
        }
    }

    /**
     * Marks the sessions whose presenter has not moved for the timeout as ended (their followers are
     * told), and removes those that ended more than {@link #KEEP_ENDED} ago. Runs every ten minutes
     * on every node: each statement may run on several nodes at once, or twice, with the same result,
     * and only the node whose update ended sessions records the change.
     */
    @Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public void cleanUp() {
        Instant now = clock.instant();
        if (repository.endIdle(now, idleSince(now)) > 0) {
            changeLog.record(Topic.PRESENTATION, null, null, "presentation.change.ended", CLEANUP);
        }
        repository.removeEnded(now.minus(KEEP_ENDED));
    }

    /** A session whose presenter has not moved since this moment has ended. */
    private Instant idleSince(Instant now) {
        return now.minus(timeout);
    }

    /** The slides of a session: a frozen version's stored figures, or the live ones as they are now. */
    public Deck deck(Session session) {
        if (session.versionId() != null) {
            ReportVersion version = reports.version(session.versionId()).orElseThrow();
            return new Deck(version.name(), version.label(), false, version.snapshot());
        }
        return new Deck(
                SwedishTexts.swedish("presentation.title.live", ReportService.periodLabel(session.period())),
                SwedishTexts.swedish("report.version.live"),
                true,
                reports.live(session.period()));
    }
}
