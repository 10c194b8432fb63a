package se.lagesbild.live;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The presence table: per app node and view key, how many open views the node has. Times are the
 * database's own clock, so that nodes with different clocks agree on what has expired.
 */
@Repository
class PresenceTable {

    private final JdbcClient jdbc;

    PresenceTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes this node's count of each view key (and its heartbeat); a count of 0 removes the row. */
    void write(String nodeId, Map<String, Integer> viewers) {
        viewers.forEach((viewKey, count) -> {
            if (count > 0) {
                jdbc.sql("""
                        insert into presence (node_id, view_key, viewers, heartbeat_at) values (?, ?, ?, current_timestamp(3))
                        on duplicate key update viewers = values(viewers), heartbeat_at = values(heartbeat_at)""").params(nodeId, viewKey, count).update();
            } else {
                jdbc.sql("delete from presence where node_id = ? and view_key = ?")
                        .params(nodeId, viewKey)
                        .update();
            }
        });
    }

    /** Removes the rows whose heartbeat is older than the expiry: nodes that stopped without leaving. */
    int expire(int expirySeconds) {
        return jdbc.sql("delete from presence where heartbeat_at < current_timestamp(3) - interval ? second")
                .param(expirySeconds)
                .update();
    }

    void remove(String nodeId) {
        jdbc.sql("delete from presence where node_id = ?").param(nodeId).update();
    }

    /** The number of viewers of each view key over every node whose heartbeat is recent enough. */
    Map<String, Integer> totals(int expirySeconds) {
        Map<String, Integer> totals = new HashMap<>();
        jdbc.sql("""
                select view_key, sum(viewers) from presence
                where heartbeat_at >= current_timestamp(3) - interval ? second group by view_key""").param(expirySeconds).query(rs -> {
            totals.put(rs.getString(1), rs.getInt(2));
        });
        return totals;
    }
}
