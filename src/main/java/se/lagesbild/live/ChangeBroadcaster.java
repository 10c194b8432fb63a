package se.lagesbild.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    public record Committed() {
    }

    private record Subscription(Set<Topic> topics, Consumer<List<Change>> listener) {
    }

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);

    private final ChangeLog changeLog;
    private final long pollMillis;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;
    private volatile long lastSeen;

    ChangeBroadcaster(ChangeLog changeLog, @Value("${lagesbild.live.poll-millis:250}") long pollMillis) {
        this.changeLog = changeLog;
        this.pollMillis = pollMillis;
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
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(this::poll);
        }
    }

    private synchronized void poll() {
        try {
            List<Change> changes = changeLog.after(lastSeen);
            if (changes.isEmpty()) {
                return;
            }
            lastSeen = changes.getLast().id();
            for (Subscription subscription : subscriptions) {
                List<Change> relevant = changes.stream().filter(c -> subscription.topics().contains(c.topic())).toList();
                if (!relevant.isEmpty()) {
                    subscription.listener().accept(relevant);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the change log, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        lastSeen = changeLog.lastId();
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("change-follower").daemon().factory());
        executor.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
