package se.lagesbild.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * How many people look at a view now, over every app node. A view key is any name a view chooses
 * (a route such as {@code "ekonomi"}, a presentation's id); each open UI that {@link #join joins}
 * a key counts once until it leaves or is detached (tab closed, session ended).
 * <p>
 * Each node keeps its own counts in memory and writes them to the {@code presence} table when they
 * change, and all of them with a heartbeat every few seconds; every node reads the totals from the
 * table twice a second and tells the listeners of the keys whose total changed. Rows of a node
 * that stopped without leaving expire after {@code expiry-seconds}; a UI whose page stopped checking in
 * (a closed tab, its session still alive) stops counting after {@code stale-seconds}.
 */
@Component
@DependsOnDatabaseInitialization
public class Presence implements SmartLifecycle {

    private record Watcher(String viewKey, UI ui, IntConsumer listener) {}

    /** A UI counted as a viewer, and how it leaves. */
    private record Joined(UI ui, Runnable leave) {}

    private static final Logger log = LoggerFactory.getLogger(Presence.class);
    private static final long COALESCE_MILLIS = 100;

    private final PresenceTable table;
    private final String nodeId = UUID.randomUUID().toString();
    private final long syncMillis;
    private final long heartbeatMillis;
    private final int expirySeconds;
    /** This node's viewers per key; guarded by {@code this}. */
    private final Map<String, Integer> local = new HashMap<>();
    /** Keys whose local count changed since the last write; guarded by {@code this}. */
    private final Set<String> dirty = new java.util.HashSet<>();

    private final CopyOnWriteArrayList<Watcher> watchers = new CopyOnWriteArrayList<>();
    /** Every UI counted now, to drop those whose page stopped checking in (a closed tab). */
    private final Set<Joined> joined = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final long staleMillis;
    private final AtomicBoolean syncPending = new AtomicBoolean();
    private volatile Map<String, Integer> totals = Map.of();
    private ScheduledExecutorService executor;
    private long lastHeartbeat;

    @Autowired
    Presence(PresenceTable table, PresenceSettings settings) {
        this(
                table,
                settings.syncMillis(),
                settings.heartbeatSeconds(),
                settings.expirySeconds(),
                settings.staleSeconds());
    }

    /** @param staleSeconds a UI whose page has not checked in for this long no longer counts (0: never) */
    Presence(PresenceTable table, long syncMillis, int heartbeatSeconds, int expirySeconds, int staleSeconds) {
        this.table = table;
        this.staleMillis = staleSeconds * 1000L;
        this.syncMillis = syncMillis;
        this.heartbeatMillis = heartbeatSeconds * 1000L;
        this.expirySeconds = expirySeconds;
    }

    /**
     * Counts {@code ui} as a viewer of {@code viewKey} until the returned registration is removed, the
     * UI is detached, or its page has not checked in (Vaadin's heartbeat) for the stale time: a closed
     * tab whose session lives on. Removing it twice is harmless.
     */
    public Registration join(String viewKey, UI ui) {
        Objects.requireNonNull(viewKey);
        change(viewKey, 1);
        AtomicBoolean left = new AtomicBoolean();
        Joined[] self = new Joined[1];
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                joined.remove(self[0]);
                change(viewKey, -1);
            }
        };
        self[0] = new Joined(ui, leave);
        joined.add(self[0]);
        Registration onDetach = ui.addDetachListener(detach -> leave.run());
        return () -> {
            onDetach.remove();
            leave.run();
        };
    }

    /** Lets go of the UIs whose page stopped checking in (read without the session's lock: a number). */
    private void dropStale() {
        if (staleMillis <= 0) {
            return;
        }
        long limit = System.currentTimeMillis() - staleMillis;
        joined.stream()
                .filter(j -> j.ui().getInternals().getLastHeartbeatTimestamp() < limit)
                .toList()
                .forEach(j -> j.leave().run());
    }

    /**
     * Calls {@code listener} in {@code ui} (through {@link UI#access}) with the number of viewers of
     * {@code viewKey} over all nodes: at once with the current number, then whenever it changes,
     * until the registration is removed or the UI is detached.
     */
    public Registration onCountChange(String viewKey, UI ui, IntConsumer listener) {
        Watcher watcher = new Watcher(Objects.requireNonNull(viewKey), ui, listener);
        watchers.add(watcher);
        Registration onDetach = ui.addDetachListener(detach -> watchers.remove(watcher));
        listener.accept(count(viewKey));
        return () -> {
            watchers.remove(watcher);
            onDetach.remove();
        };
    }

    /** This node's viewers per view key, now (the metric {@code lagesbild.ui.open}). */
    public synchronized Map<String, Integer> localCounts() {
        return Map.copyOf(local);
    }

    /** The number of viewers of a view key over every node, as of the last read of the table. */
    public int count(String viewKey) {
        return totals.getOrDefault(viewKey, 0);
    }

    private void change(String viewKey, int delta) {
        synchronized (this) {
            local.merge(viewKey, delta, (a, b) -> a + b == 0 ? null : a + b);
            dirty.add(viewKey);
        }
        // soon, not at once: the comings and goings of a moment (a meeting opening the view) are one write
        ScheduledExecutorService running = executor;
        if (running != null && syncPending.compareAndSet(false, true)) {
            running.schedule(this::sync, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void sync() {
        syncPending.set(false);
        dropStale();
        Map<String, Integer> writes = new HashMap<>();
        long now = System.currentTimeMillis();
        boolean heartbeat = now - lastHeartbeat >= heartbeatMillis;
        synchronized (this) {
            (heartbeat ? local.keySet() : Set.<String>of()).forEach(key -> writes.put(key, local.get(key)));
            dirty.forEach(key -> writes.put(key, local.getOrDefault(key, 0)));
            dirty.clear();
        }
        try {
            table.write(nodeId, writes);
            if (heartbeat) {
                lastHeartbeat = now;
                table.expire(expirySeconds);
            }
            publish(table.totals(expirySeconds));
        } catch (RuntimeException e) {
            log.warn("Could not update presence, will retry: {}", e.getMessage());
            synchronized (this) {
                dirty.addAll(writes.keySet());
            }
            lastHeartbeat = 0;
        }
    }

    private void publish(Map<String, Integer> latest) {
        Map<String, Integer> before = totals;
        totals = Map.copyOf(latest);
        for (Watcher watcher : watchers) {
            int count = latest.getOrDefault(watcher.viewKey(), 0);
            if (count != before.getOrDefault(watcher.viewKey(), 0)) {
                UiTasks.access(watcher.ui(), () -> {
                    if (watchers.contains(watcher)) {
                        watcher.listener().accept(count(watcher.viewKey()));
                    }
                });
            }
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("presence").daemon().factory());
        executor.scheduleWithFixedDelay(this::sync, 0, syncMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops syncing and removes this node's rows, so other nodes stop counting its viewers at once. */
    @Override
    public void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        // at most a moment: a node going down (its database perhaps already gone) is not held up; the
        // rows expire anyway
        Thread removal = Thread.ofVirtual().start(() -> {
            try {
                table.remove(nodeId);
            } catch (RuntimeException e) {
                log.warn(
                        "Could not remove this node's presence, it expires in {} s: {}", expirySeconds, e.getMessage());
            }
        });
        try {
            removal.join(java.time.Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
