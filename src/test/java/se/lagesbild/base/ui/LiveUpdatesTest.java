package se.lagesbild.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.support.KaribuTest;

class LiveUpdatesTest extends KaribuTest {

    @Autowired
    ChangeLog changeLog;
    @Autowired
    ChangeBroadcaster broadcaster;

    @Test
    void aBurstOfAThousandChangesIsOneRefreshOfTheOpenView() {
        navigate("ekonomi", "period", "2021-08");
        NotificationsKt.clearNotifications();
        AtomicInteger delivered = new AtomicInteger();
        Runnable unregister = broadcaster.register(Set.of(Topic.ECONOMY), changes -> delivered.addAndGet(changes.size()));
        try {
            // a thousand commits, one by one, of a year no test reads (later than the view's: it concerns it)
            for (int i = 0; i < 1000; i++) {
                changeLog.record(Topic.ECONOMY, 2031, null, "change.economy.actual", "burst");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.get() >= 1000);
        } finally {
            unregister.run();
        }
        awaitPush(() -> !NotificationsKt.getNotifications().isEmpty());
        // one refresh, one notice: "1 000 ändringar — Nytt utfall, 14:32"
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n ->
                assertThat(n.getElement().getProperty("text")).matches("1\u00A0000 ändringar — Nytt utfall, \\d\\d:\\d\\d"));
    }

    @Test
    void aChangeOfAnEarlierYearLeavesTheViewAlone() {
        navigate("ekonomi", "period", "2021-08");
        NotificationsKt.clearNotifications();
        AtomicInteger delivered = new AtomicInteger();
        Runnable unregister = broadcaster.register(Set.of(Topic.ECONOMY), changes -> delivered.addAndGet(changes.size()));
        try {
            changeLog.record(Topic.ECONOMY, 2011, null, "change.economy.actual", "old");
            await().atMost(Duration.ofSeconds(5)).until(() -> delivered.get() >= 1);
        } finally {
            unregister.run();
        }
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }
}
