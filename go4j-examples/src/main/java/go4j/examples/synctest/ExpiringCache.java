package go4j.examples.synctest;

import static go4j.Go.go;
import static go4j.Go.select;

import go4j.Chan;
import go4j.sync.Mutex;
import go4j.time.Ticker;
import go4j.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A cache whose entries live for a time-to-live, swept by a janitor goroutine on a ticker:
 * an entry is gone after the first sweep past its expiry. {@code ExpiringCacheTest} checks
 * minutes of expiry in a synctest bubble in milliseconds.
 *
 * <p>Invariants: {@code entries} is guarded by {@code mu}; the janitor is the only goroutine
 * that removes expired entries; after {@link #close} returns, the janitor has exited.
 */
public final class ExpiringCache<K, V> implements AutoCloseable {
    private record Entry<V>(V value, Instant expires) {
    }

    private final Mutex mu = new Mutex();
    private final Map<K, Entry<V>> entries = new HashMap<>(); // guarded by mu
    private final Duration ttl;
    private final Chan<Void> quit = new Chan<>();
    private final Chan<Void> stopped = new Chan<>();

    /**
     * A cache whose entries live {@code ttl}, swept every {@code sweepEvery}.
     *
     * @param ttl how long an entry lives
     * @param sweepEvery the janitor's period
     */
    public ExpiringCache(Duration ttl, Duration sweepEvery) {
        this.ttl = ttl;
        Ticker ticker = Time.newTicker(sweepEvery);
        go(() -> {
            try {
                while (select(ticker.c().onRecv(now -> sweep(now)), quit.onRecv(v -> false))) {
                    // one sweep per tick
                }
            } finally {
                ticker.stop();
                stopped.close();
            }
        });
    }

    private boolean sweep(Instant now) {
        mu.lock();
        try {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
        } finally {
            mu.unlock();
        }
        return true;
    }

    /**
     * Stores {@code value} under {@code key} for the cache's time-to-live.
     *
     * @param key the key
     * @param value the value
     */
    public void put(K key, V value) {
        mu.lock();
        try {
            entries.put(key, new Entry<>(value, Time.now().plus(ttl)));
        } finally {
            mu.unlock();
        }
    }

    /**
     * The value under {@code key}, or null if absent or swept.
     *
     * @param key the key
     * @return its value, or null
     */
    public V get(K key) {
        mu.lock();
        try {
            Entry<V> e = entries.get(key);
            return e == null ? null : e.value();
        } finally {
            mu.unlock();
        }
    }

    /** Stops the janitor and waits for it to exit. */
    @Override
    public void close() {
        quit.close();
        stopped.recv();
    }
}
