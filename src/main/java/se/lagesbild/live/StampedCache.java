package se.lagesbild.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from the database, each kept while the change-log stamp it was computed at is
 * still the current one ({@link ChangeLog#stamp}). One computation per key at a time: after a
 * change every open view asks at once, and the first one's result serves the others.
 */
public final class StampedCache<K, V> {

    private record Entry<V>(ChangeLog.Stamp stamp, V value) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Object> computing = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Counter hits;
    private final Counter misses;

    /**
     * @param maxEntries when full, the cache starts again empty (keys are periods or years: few are live)
     */
    public StampedCache(int maxEntries) {
        this(
                StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                        .getCallerClass()
                        .getSimpleName(),
                maxEntries);
    }

    /**
     * @param name the cache's name in the metric {@code lagesbild.cache.gets} (tags {@code cache} and
     *     {@code result}: hit or miss); by default the class that makes it
     */
    public StampedCache(String name, int maxEntries) {
        this.maxEntries = maxEntries;
        this.hits = counter(name, "hit");
        this.misses = counter(name, "miss");
    }

    private static Counter counter(String name, String result) {
        return Counter.builder("lagesbild.cache.gets")
                .description("Reads of the figures kept per change-log stamp: kept (hit) or computed (miss)")
                .tag("cache", name)
                .tag("result", result)
                .register(Metrics.globalRegistry);
    }

    /** The value of {@code key} as of {@code stamp}: kept, or computed now. */
    public V get(K key, ChangeLog.Stamp stamp, Supplier<V> compute) {
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.stamp().equals(stamp)) {
            hits.increment();
            return entry.value();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            entry = entries.get(key);
            if (entry != null && entry.stamp().equals(stamp)) {
                hits.increment();
                return entry.value();
            }
            misses.increment();
            V value = compute.get();
            if (entries.size() >= maxEntries) {
                entries.clear();
                computing.clear();
            }
            entries.put(key, new Entry<>(stamp, value));
            return value;
        }
    }
}
