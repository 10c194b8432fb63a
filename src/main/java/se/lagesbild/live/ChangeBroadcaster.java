package se.lagesbild.live;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the change log and hands each batch of new changes to the registered listeners. Every
 * node follows the same table, so a change committed on any node reaches the views on all nodes;
 * a commit on this node wakes the follower at once. A burst of changes arrives as one batch.
 */
@Component
@DependsOnDatabaseInitialization
public class ChangeBroadcaster implements SmartLifecycle {

    /** Published by a service after it recorded a change, to wake the follower on commit. */
    public record Committed() {}

    private record Subscription(Set<Topic> topics, Consumer<List<Change>> listener) {}

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);

    private final ChangeLog changeLog;
    private final long pollMillis;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;
    private volatile long lastSeen;
    /** When the follower last read the change log successfully (System.nanoTime), 0 before its first read. */
    private volatile long lastRead;
    /** Ids below {@link #lastSeen} not seen yet, with when they were first missed. */
    private final java.util.Map<Long, Long> gaps = new java.util.HashMap<>();

    private static final long GAP_MILLIS = 10_000;
    private static final int MAX_GAP_IDS = 10_000;

    ChangeBroadcaster(ChangeLog changeLog, LiveSettings settings) {
        this.changeLog = changeLog;
        this.pollMillis = settings.pollMillis();
    }

    /** Registers a listener for changes of the given topics; the returned handle unregisters it. */
    public Runnable register(Set<Topic> topics, Consumer<List<Change>> listener) {
        Subscription subscription = new Subscription(Set.copyOf(topics), listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public int listenerCount() {
        return subscriptions.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(Committed committed) {
        changeLog.forgetStamps();
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(this::poll);
        }
    }

    private synchronized void poll() {
        try {
            long now = System.currentTimeMillis();
            gaps.values().removeIf(noticed -> now - noticed > GAP_MILLIS);
            List<Change> changes = changeLog.after(lastSeen, gaps.keySet());
            lastRead = System.nanoTime();
            if (changes.isEmpty()) {
                return;
            }
            noteGaps(changes, now);
            FOLLOWED.increment(changes.size());
            changeLog.forgetStamps();
            for (Subscription subscription : subscriptions) {
                List<Change> relevant = changes.stream()
                        .filter(c -> subscription.topics().contains(c.topic()))
                        .toList();
                if (!relevant.isEmpty()) {
                    subscription.listener().accept(relevant);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the change log, will retry: {}", e.getMessage());
        }
    }

    /**
     * Ids are given out at insert and become visible at commit, so a transaction that began first
     * may commit after one with a higher id. The ids skipped over are asked for again for a few
     * seconds; a skipped id that never appears was a rolled-back transaction.
     */
    private void noteGaps(List<Change> changes, long now) {
        changes.forEach(change -> gaps.remove(change.id()));
        long highest = changes.stream().mapToLong(Change::id).max().orElseThrow();
        java.util.Set<Long> seen = changes.stream().map(Change::id).collect(java.util.stream.Collectors.toSet());
        if (highest - lastSeen <= MAX_GAP_IDS) {
            for (long id = lastSeen + 1; id < highest; id++) {
                if (!seen.contains(id)) {
                    gaps.put(id, now);
                }
            }
        }
        lastSeen = Math.max(lastSeen, highest);
    }

    /**
     * How far behind the change log this node's follower may be: the time since it last read the log
     * successfully (it reads every poll interval, at once after a commit here); empty when it does not
     * run. Readiness and the metric {@code lagesbild.live.follower.lag} read it.
     */
    public java.util.Optional<Duration> lag() {
        long read = lastRead;
        if (executor == null || read == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.ofNanos(System.nanoTime() - read));
    }

    private static final io.micrometer.core.instrument.Counter FOLLOWED = io.micrometer.core.instrument.Counter.builder(
                    "lagesbild.live.changes.followed")
            .description("Changes this node's follower read from the change log and handed to its views")
            .register(Metrics.globalRegistry);

    private static final Timer PUSH_LATENCY = Timer.builder("lagesbild.live.push.latency")
            .description("From a change's record in the change log to the refresh of a view showing it (UI.access)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(5))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(Metrics.globalRegistry);

    /**
     * Records the push latency of a view's refresh: from the newest change it shows being recorded (on
     * any node: the nodes' clocks must agree, NTP) to now, inside the view's {@code UI.access}.
     */
    public static void refreshed(Change newest) {
        Duration latency = Duration.between(newest.at(), Instant.now());
        PUSH_LATENCY.record(latency.isNegative() ? Duration.ZERO : latency);
    }

    @Override
    public void start() {
        lastSeen = changeLog.lastId();
        lastRead = System.nanoTime();
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("change-follower").daemon().factory());
        executor.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        changeLog.followed(true);
    }

    @Override
    public void stop() {
        changeLog.followed(false);
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
