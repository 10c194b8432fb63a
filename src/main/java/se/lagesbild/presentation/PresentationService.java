package se.lagesbild.presentation;

import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
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
 */
@Service
@Transactional(readOnly = true)
public class PresentationService {

    /** Letters that cannot be mistaken for each other on a projector (no I, O). */
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRepository repository;
    private final ReportService reports;
    private final ChangeLog changeLog;

    PresentationService(SessionRepository repository, ReportService reports, ChangeLog changeLog) {
        this.repository = repository;
        this.reports = reports;
        this.changeLog = changeLog;
    }

    /** Starts a presentation of a frozen version ({@code versionId}), or of the live figures of {@code period}. */
    @Transactional
    public Session start(Long versionId, YearMonth period, String user) {
        reports.checkMayView(user);
        YearMonth shown = versionId == null ? period
                : reports.version(versionId).map(ReportVersion::period).orElseThrow(() -> new IllegalArgumentException(
                        "No report version " + versionId));
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            if (repository.insert(code.toString(), versionId, shown, user)) {
                return new Session(code.toString(), versionId, shown, 0);
            }
        }
    }

    /** The session of a code as the presenter last left it (any case; spaces ignored). */
    public Optional<Session> session(String code) {
        return code == null ? Optional.empty() : repository.find(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Moves the presentation to a slide; every follower on every node follows within the poll
     * interval. Only the presenter who started the session moves it.
     */
    @Transactional
    public void moveTo(String code, int slide, String user) {
        if (!repository.moveTo(code, slide, user)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The user " + user + " does not present the session " + code);
        }
        changeLog.record(Topic.PRESENTATION, null, null, "presentation.change.slide", user);
    }

    /** The slides of a session: a frozen version's stored figures, or the live ones as they are now. */
    public Deck deck(Session session) {
        if (session.versionId() != null) {
            ReportVersion version = reports.version(session.versionId()).orElseThrow();
            return new Deck(version.name(), version.label(), false, version.snapshot());
        }
        return new Deck(SwedishTexts.swedish("presentation.title.live", ReportService.periodLabel(session.period())), SwedishTexts.swedish("report.version.live"),
                true, reports.live(session.period()));
    }
}
