package se.lagesbild.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The change_log table: written in the same transaction as the change it describes. */
@Repository
public class ChangeLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<StampKey, Kept> stamps = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean followed;

    ChangeLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Records a change; call inside the transaction that makes it, so both commit or neither. On
     * commit, this node's follower is woken so that its views update at once.
     *
     * @param year the year whose figures change, null when several
     * @param scope the verksamhet or enhet that changes, null when several
     * @param summary a translation key: what changed, as the notice says it ("Ny prognos")
     */
    public void record(Topic topic, Integer year, Change.Scope scope, String summary, String changedBy) {
        jdbc.sql("""
                insert into change_log (changed_at, topic, year, scope_code, scope_name, summary, changed_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Timestamp.from(Instant.now()),
                        topic.name(),
                        year,
                        scope == null ? null : scope.code(),
                        scope == null ? null : scope.name(),
                        summary,
                        changedBy)
                .update();
        events.publishEvent(new ChangeBroadcaster.Committed());
    }

    /**
     * The latest change of a topic that concerns {@code year} (or no particular year), and how many there
     * are: data of that year read while the stamp is the same is still current. The count is there as ids
     * are given out at insert, not at commit: a change committed after a newer one does not move the
     * highest id, but it does move the count (the change log is only appended to).
     */
    public Stamp stamp(Topic topic, int year) {
        return kept(
                new StampKey(topic, year),
                () -> jdbc.sql("""
                select coalesce(max(id), 0), count(*) from change_log where topic = ? and (year = ? or year is null)""")
                        .params(topic.name(), year)
                        .query((rs, i) -> new Stamp(rs.getLong(1), rs.getLong(2)))
                        .single());
    }

    /** The same for every change of a topic, whatever year it concerns. */
    public Stamp stamp(Topic topic) {
        return kept(
                new StampKey(topic, null),
                () -> jdbc.sql("select coalesce(max(id), 0), count(*) from change_log where topic = ?")
                        .params(topic.name())
                        .query((rs, i) -> new Stamp(rs.getLong(1), rs.getLong(2)))
                        .single());
    }

    private record StampKey(Topic topic, Integer year) {}

    private record Kept(long generation, Stamp stamp) {}

    /**
     * A stamp read once and kept until the follower sees a new change, or this node commits one
     * ({@link #forgetStamps}): after a change, hundreds of open views ask for the same stamps, and one
     * read serves them. Read afresh every time while no follower runs on this node, and inside a
     * transaction that writes (it must see its own changes).
     */
    private Stamp kept(StampKey key, Supplier<Stamp> read) {
        if (!followed
                || (TransactionSynchronizationManager.isActualTransactionActive()
                        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
            return read.get();
        }
        long generation = this.generation.get();
        Kept kept = stamps.get(key);
        if (kept != null && kept.generation() == generation) {
            return kept.stamp();
        }
        Stamp stamp = read.get();
        // kept under the generation it was read in: if a change was seen meanwhile, it is not used
        stamps.put(key, new Kept(generation, stamp));
        return stamp;
    }

    /** Stamps are read afresh from now on: the follower saw new changes, or this node committed one. */
    void forgetStamps() {
        generation.incrementAndGet();
    }

    /** Whether a follower on this node keeps up with the change log (stamps may be kept), or not. */
    void followed(boolean followed) {
        this.followed = followed;
        forgetStamps();
    }

    /** The change log as far as one topic and year are concerned: its latest id and number of changes. */
    public record Stamp(long lastId, long count) {}

    /** The id of the latest change (0 when none): where a starting follower begins. */
    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from change_log")
                .query(Long.class)
                .single();
    }

    /** The changes after {@code id}, and those of {@code missing} (ids skipped before) that have appeared since. */
    List<Change> after(long id, java.util.Collection<Long> missing) {
        return jdbc.sql("""
                select id, changed_at, topic, year, scope_code, scope_name, summary, changed_by
                from change_log where id > :after or id in (:missing) order by id""")
                .param("after", id)
                .param("missing", missing.isEmpty() ? List.of(-1L) : List.copyOf(missing))
                .query((rs, i) -> new Change(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        Topic.valueOf(rs.getString(3)),
                        rs.getObject(4, Integer.class),
                        rs.getString(5) == null ? null : new Change.Scope(rs.getString(5), rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
