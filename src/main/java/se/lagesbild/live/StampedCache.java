package se.lagesbild.live;

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

    /** @param maxEntries when full, the cache starts again empty (keys are periods or years: few are live) */
    public StampedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key} as of {@code stamp}: kept, or computed now. */
    public V get(K key, ChangeLog.Stamp stamp, Supplier<V> compute) {
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.value();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            entry = entries.get(key);
            if (entry != null && entry.stamp().equals(stamp)) {
                return entry.value();
            }
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
