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
        openEconomy();
        // a thousand commits, one by one, of a year no test reads (later than the view's: it concerns it)
        commitAndAwaitDelivery(1000, 2031);
        awaitPush(() -> !NotificationsKt.getNotifications().isEmpty());
        // one refresh, one notice: "1 000 ändringar — Nytt utfall, 14:32"
        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .matches("1\u00A0000 ändringar — Nytt utfall, \\d\\d:\\d\\d"));
    }

    @Test
    void aChangeOfAnEarlierYearLeavesTheViewAlone() {
        openEconomy();
        commitAndAwaitDelivery(1, 2011);
        // then a change that does concern the view: once its notice is there, the view has had every
        // chance to refresh for the earlier one too, which would have made a notice of its own or
        // joined this one ("2 ändringar — …")
        commitAndAwaitDelivery(1, 2031);
        awaitPush(() -> !NotificationsKt.getNotifications().isEmpty());
        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).matches("Nytt utfall, \\d\\d:\\d\\d"));
    }

    /** Ekonomi for August 2021, without notices. */
    private static void openEconomy() {
        navigate("ekonomi", "period", "2021-08");
        NotificationsKt.clearNotifications();
    }

    /** Commits economy changes of a year until the follower has handed them out. */
    private void commitAndAwaitDelivery(int count, int year) {
        AtomicInteger delivered = new AtomicInteger();
        Runnable unregister =
                broadcaster.register(Set.of(Topic.ECONOMY), changes -> delivered.addAndGet(changes.size()));
        try {
            for (int i = 0; i < count; i++) {
                changeLog.record(Topic.ECONOMY, year, null, "change.economy.actual", "test");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.get() >= count);
        } finally {
            unregister.run();
        }
    }
}
