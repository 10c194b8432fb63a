package se.lagesbild.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.support.LagesbildTest;

/** Presence over two app nodes that share the database, as two Presence instances here. */
@LagesbildTest
class PresenceTest {

    @Autowired
    PresenceTable table;

    @Autowired
    JdbcClient jdbc;

    private Presence node() {
        Presence node = new Presence(table, 100, 1, 3, 0);
        node.start();
        return node;
    }

    @Test
    void countsTheViewersOfAViewOnEveryNode() {
        Presence a = node();
        Presence b = node();
        try {
            Registration first = a.join("/test-count", new UI());
            a.join("/test-count", new UI());
            b.join("/test-count", new UI());
            b.join("/test-other", new UI());
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
                assertThat(a.count("/test-count")).isEqualTo(3);
                assertThat(b.count("/test-count")).isEqualTo(3);
                assertThat(a.count("/test-other")).isEqualTo(1);
            });

            first.remove();
            first.remove();
            await().atMost(Duration.ofSeconds(3)).until(() -> b.count("/test-count") == 2);

            b.stop();
            await().atMost(Duration.ofSeconds(3))
                    .until(() -> a.count("/test-count") == 1 && a.count("/test-other") == 0);
        } finally {
            a.stop();
        }
    }

    @Test
    void aClosedTabWhosePageStoppedCheckingInDropsOutAfterTheStaleTime() {
        // a short stale time stands for the minute
        Presence a = new Presence(table, 100, 1, 3, 2);
        a.start();
        try {
            UI open = new UI();
            UI closed = new UI();
            a.join("/test-stale", open);
            a.join("/test-stale", closed);
            await().atMost(Duration.ofSeconds(3)).until(() -> a.count("/test-stale") == 2);
            // the open page keeps checking in, the closed tab's does not (its session lives on: no detach)
            long until = System.currentTimeMillis() + 4000;
            while (System.currentTimeMillis() < until && a.count("/test-stale") != 1) {
                open.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
                Thread.sleep(200);
            }
            assertThat(a.count("/test-stale")).isEqualTo(1);
            assertThat(a.localCounts()).containsEntry("/test-stale", 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            a.stop();
        }
    }

    @Test
    void aNodeThatStoppedWithoutLeavingIsNotCountedAfterItsRowsExpire() {
        jdbc.sql(
                        "insert into presence (node_id, view_key, viewers, heartbeat_at) values ('dead-node', '/test-expiry', 4, current_timestamp(3) - interval 10 second)")
                .update();
        jdbc.sql(
                        "insert into presence (node_id, view_key, viewers, heartbeat_at) values ('quiet-node', '/test-expiry', 2, current_timestamp(3))")
                .update();
        Presence a = node();
        try {
            await().atMost(Duration.ofSeconds(3)).until(() -> a.count("/test-expiry") == 2);
            await().atMost(Duration.ofSeconds(3))
                    .until(() -> jdbc.sql("select count(*) from presence where node_id = 'dead-node'")
                                    .query(Integer.class)
                                    .single()
                            == 0);
            // the quiet node's last heartbeat ages past the expiry too
            await().atMost(Duration.ofSeconds(6)).until(() -> a.count("/test-expiry") == 0);
        } finally {
            a.stop();
        }
    }

    @Test
    void aUiThatIsDetachedLeaves() {
        Presence a = node();
        try {
            UI ui = new UI();
            a.join("/test-detach", ui);
            await().atMost(Duration.ofSeconds(3)).until(() -> a.count("/test-detach") == 1);
            ComponentUtil.fireEvent(ui, new DetachEvent(ui));
            await().atMost(Duration.ofSeconds(3)).until(() -> a.count("/test-detach") == 0);
        } finally {
            a.stop();
        }
    }
}
