package go4j.sync;


import go4j.internal.base.RuntimeThread;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's poolCleanup for the JVM: every {@link Pool} that has been put to ages by one step per
 * garbage collection cycle (victims dropped, primaries become victims).
 *
 * <p>How a cycle is seen: a sentinel object, referenced by nothing but a {@link Cleaner}, is
 * found unreachable by the next collection that looks at the young generation, where a new
 * object lives (every collection of the JDK's collectors does); the Cleaner's thread then
 * runs {@link #onGc}, which ages the pools and plants the next sentinel. So pools age once per
 * collection, as in Go, shortly after it rather than during it. While no pool is registered,
 * no sentinel is planted. See docs/adr/0003-sync-pool.md for the alternatives.
 */
final class PoolCleanup {
    /*
     * Invariants: pools and watching are guarded by LOCK; watching is true exactly while a
     * sentinel is planted (one at a time); a registered pool stays in pools until it is
     * collected. Pool.cleanup takes the pool's stripe locks, never LOCK, so nothing is held
     * while pools age but the one stripe lock at a time.
     */
    private PoolCleanup() {
    }

    private static final Object LOCK = new Object();
    /** Registered pools, weakly: an unused pool goes with what it holds. Guarded by LOCK. */
    private static final List<WeakReference<Pool<?>>> pools = new ArrayList<>();
    /** True while a sentinel is planted. Guarded by LOCK. */
    private static boolean watching;
    /** Collections seen (cycles in which the pools aged); for tests and diagnostics. */
    private static final AtomicLong cycles = new AtomicLong();
    /** Created at the first registration: its thread (a daemon) exists only once a pool is used. */
    private static Cleaner cleaner;

    /** Adds {@code p}; ages it from the next collection on. */
    static void register(Pool<?> p) {
        synchronized (LOCK) {
            pools.add(new WeakReference<>(p));
            if (!watching) {
                watching = true;
                plant();
            }
        }
    }

    /** LOCK held. */
    private static void plant() {
        if (cleaner == null) {
            // One of go4j's runtime threads: it ages pools and wakes no goroutine, so the
            // deadlock verdict does not count its timed waits.
            cleaner = Cleaner.create(r -> new RuntimeThread(r, "go4j-pool-cleanup"));
        }
        cleaner.register(new Object(), PoolCleanup::onGc);
    }

    /** On the Cleaner's thread, after a collection found the sentinel. */
    private static void onGc() {
        cleanup();
        synchronized (LOCK) {
            if (pools.isEmpty()) {
                watching = false; // the next register plants again
            } else {
                plant();
            }
        }
    }

    /** One cycle: every live registered pool ages one step; collected ones are forgotten. */
    static void cleanup() {
        List<Pool<?>> live = new ArrayList<>();
        synchronized (LOCK) {
            pools.removeIf(r -> {
                Pool<?> p = r.get();
                if (p != null) {
                    live.add(p);
                }
                return p == null;
            });
        }
        for (Pool<?> p : live) {
            p.cleanup();
        }
        cycles.incrementAndGet();
    }

    /** Collections seen so far. */
    static long cycles() {
        return cycles.get();
    }
}
