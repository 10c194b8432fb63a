package se.lagesbild.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.support.LagesbildTest;

/**
 * The follower on MariaDB: every committed change reaches the listeners once, whatever the order of
 * commits; the stamps it keeps move on with every change, from this node or another.
 */
@LagesbildTest
class ChangeBroadcasterTest {

    @Autowired
    ChangeBroadcaster broadcaster;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChangeCommittedAfterALaterOneStillArrives() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        Runnable unregister =
                broadcaster.register(Set.of(Topic.SETTINGS), changes -> changes.forEach(c -> seen.add(c.summary())));
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            // the first transaction takes its id, then waits while a second one commits a higher id
            Thread slow = Thread.ofVirtual()
                    .start(() -> transactions.executeWithoutResult(status -> {
                        changeLog.record(Topic.SETTINGS, 2033, null, "slow", "test");
                        inserted.countDown();
                        try {
                            commit.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            transactions.executeWithoutResult(status -> changeLog.record(Topic.SETTINGS, 2033, null, "fast", "test"));
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("fast"));
            commit.countDown();
            slow.join();
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("slow"));
            assertThat(seen).containsExactly("fast", "slow");
        } finally {
            commit.countDown();
            unregister.run();
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aKeptStampMovesOnWithACommitHereAndWithAChangeTheFollowerSeesFromAnotherNode() {
        ChangeLog.Stamp first = changeLog.stamp(Topic.SETTINGS, 2034);
        assertThat(changeLog.stamp(Topic.SETTINGS, 2034)).isEqualTo(first);

        // committed on this node: the committing thread reads the new stamp at once
        transactions.executeWithoutResult(status -> changeLog.record(Topic.SETTINGS, 2034, null, "here", "test"));
        ChangeLog.Stamp second = changeLog.stamp(Topic.SETTINGS, 2034);
        assertThat(second.lastId()).isGreaterThan(first.lastId());

        // written by another node (straight into the table): the stamp moves once this node's follower has seen it
        List<Long> readByListener = new CopyOnWriteArrayList<>();
        Runnable unregister = broadcaster.register(Set.of(Topic.SETTINGS), changes -> {
            if (changes.stream().anyMatch(c -> c.summary().equals("there"))) {
                readByListener.add(changeLog.stamp(Topic.SETTINGS, 2034).count());
            }
        });
        try {
            jdbc.sql(
                            "insert into change_log (changed_at, topic, year, summary, changed_by) values (now(3), 'SETTINGS', 2034, 'there', 'node B')")
                    .update();
            await().atMost(Duration.ofSeconds(5)).until(() -> !readByListener.isEmpty());
            assertThat(readByListener)
                    .as("a listener reads the stamp with the change in it")
                    .containsExactly(second.count() + 1);
            assertThat(changeLog.stamp(Topic.SETTINGS, 2034).count()).isEqualTo(second.count() + 1);
        } finally {
            unregister.run();
        }
    }
}
