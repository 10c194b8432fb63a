package se.lagesbild.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.report.ReportService;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.MovableClock;

/**
 * A presentation session's lifetime on MariaDB: it runs while the presenter moves, ends when the
 * presenter ends it or after eight hours without a move, tells its followers so, and is removed a
 * day later by the cleanup, which several nodes may run at once.
 */
@LagesbildTest
class PresentationServiceTest {

    private static final Duration TIMEOUT = Duration.ofHours(8);
    private static final YearMonth AUGUST_2021 = YearMonth.of(2021, 8);

    @Autowired
    SessionRepository repository;

    @Autowired
    ReportService reports;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock();

    /** The service as one app node has it, on this test's clock. */
    private PresentationService node() {
        return new PresentationService(repository, reports, changeLog, TIMEOUT, clock);
    }

    @Test
    void aSessionRunsWhileThePresenterMovesAndEndsAfterEightHoursWithoutAMove() {
        PresentationService presentations = node();
        Session session = presentations.start(null, AUGUST_2021, "controller");
        clock.move(Duration.ofHours(7).plusMinutes(59));
        assertThat(presentations.moveTo(session.code(), 1, "controller")).isTrue();
        clock.move(Duration.ofHours(7).plusMinutes(59));
        assertThat(presentations.session(session.code()).orElseThrow().ended())
                .as("7 h 59 min after the last move")
                .isFalse();
        assertThatThrownBy(() -> presentations.moveTo(session.code(), 2, "ledning"))
                .as("only the presenter moves")
                .isInstanceOf(AccessDeniedException.class);

        clock.move(Duration.ofMinutes(2));
        Session expired = presentations.session(session.code()).orElseThrow();
        assertThat(expired.ended()).as("8 h 1 min after the last move").isTrue();
        assertThat(expired.slide()).isEqualTo(1);
        assertThat(presentations.moveTo(session.code(), 2, "controller"))
                .as("an ended session does not move")
                .isFalse();
        assertThat(presentations.session(session.code()).orElseThrow().slide()).isEqualTo(1);
    }

    @Test
    void thePresenterEndsTheSessionAndItsFollowersAreToldOnce() {
        PresentationService presentations = node();
        Session session = presentations.start(null, AUGUST_2021, "controller");
        assertThatThrownBy(() -> presentations.end(session.code(), "ledning"))
                .as("only the presenter ends it")
                .isInstanceOf(AccessDeniedException.class);
        long before = lastChangeId();

        presentations.end(session.code(), "controller");
        assertThat(endedChanges(before, "controller"))
                .as("the followers' views are told")
                .hasSize(1);
        // a follower who opens the code afterwards, typed as on a tablet
        Session followed = presentations
                .session(" " + session.code().toLowerCase(Locale.ROOT) + " ")
                .orElseThrow();
        assertThat(followed.ended()).isTrue();
        assertThat(presentations.moveTo(session.code(), 1, "controller")).isFalse();

        presentations.end(session.code(), "controller");
        assertThat(endedChanges(before, "controller"))
                .as("ending it again changes nothing")
                .hasSize(1);
    }

    @Test
    void theCleanupEndsIdleSessionsTellsTheFollowersAndRemovesThemADayLater() {
        PresentationService presentations = node();
        Session idle = presentations.start(null, AUGUST_2021, "controller");
        Session moving = presentations.start(null, AUGUST_2021, "controller");
        clock.move(Duration.ofHours(4));
        presentations.moveTo(moving.code(), 3, "controller");
        clock.move(Duration.ofHours(4).plusSeconds(1));
        long before = lastChangeId();

        presentations.cleanUp();
        assertThat(endedAt(idle)).as("idle for 8 h").isNotNull();
        assertThat(endedAt(moving)).as("moved 4 h ago").isNull();
        assertThat(endedChanges(before, PresentationService.CLEANUP))
                .as("the followers' views are told")
                .hasSize(1);
        presentations.cleanUp();
        assertThat(endedChanges(before, PresentationService.CLEANUP))
                .as("a second run ends nothing again")
                .hasSize(1);
        assertThat(presentations.session(idle.code()))
                .as("an ended code still says so")
                .get()
                .extracting(Session::ended)
                .isEqualTo(true);

        clock.move(PresentationService.KEEP_ENDED.plusSeconds(1));
        presentations.cleanUp();
        assertThat(presentations.session(idle.code()))
                .as("removed a day after it ended")
                .isEmpty();
        assertThat(presentations.session(moving.code()))
                .as("ended by this run, kept a day")
                .get()
                .extracting(Session::ended)
                .isEqualTo(true);
        clock.move(PresentationService.KEEP_ENDED.plusSeconds(1));
        presentations.cleanUp();
        assertThat(presentations.session(moving.code())).isEmpty();
    }

    @Test
    void nodesCleaningUpAtTheSameTimeEndAndRemoveEverySessionWithoutFailing() throws Exception {
        PresentationService first = node();
        PresentationService second = node();
        List<Session> sessions = List.of(
                first.start(null, AUGUST_2021, "controller"),
                second.start(null, AUGUST_2021, "ledning"),
                first.start(null, AUGUST_2021, "namnd"));
        clock.move(TIMEOUT.plusMinutes(1));
        long before = lastChangeId();

        atTheSameTime(first::cleanUp, second::cleanUp);
        assertThat(sessions).allSatisfy(s -> assertThat(endedAt(s)).isNotNull());
        assertThat(endedChanges(before, PresentationService.CLEANUP)).isNotEmpty();
        clock.move(PresentationService.KEEP_ENDED.plusMinutes(1));
        atTheSameTime(first::cleanUp, second::cleanUp);
        assertThat(sessions).allSatisfy(s -> assertThat(first.session(s.code())).isEmpty());
    }

    /** Runs both at once, as two nodes' schedulers may; fails if either fails. */
    private static void atTheSameTime(Runnable one, Runnable other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(() -> awaitThen(start, one), nodes),
                            CompletableFuture.runAsync(() -> awaitThen(start, other), nodes))
                    .get();
        }
    }

    private static void awaitThen(CyclicBarrier barrier, Runnable task) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        task.run();
    }

    private java.sql.Timestamp endedAt(Session session) {
        return jdbc.sql("select ended_at from presentation_session where code = ?")
                .param(session.code())
                .query((rs, i) -> rs.getTimestamp(1))
                .list()
                .getFirst();
    }

    private long lastChangeId() {
        return jdbc.sql("select coalesce(max(id), 0) from change_log")
                .query(Long.class)
                .single();
    }

    private List<Long> endedChanges(long after, String by) {
        return jdbc.sql("""
                select id from change_log
                where id > ? and topic = 'PRESENTATION' and summary = 'presentation.change.ended' and changed_by = ?""").params(after, by).query(Long.class).list();
    }
}
