package go4j.internal.runtime;

/**
 * The coarse clock wait times are stamped with: a static field the watchdog thread
 * ({@link Watchdog}) sets from {@code System.nanoTime()} at each of its ticks (every 50 ms
 * while a {@code Go.main} program runs, every second otherwise). Reading it is one load, where
 * {@code System.nanoTime()} costs ~30 ns on a virtualized machine; a goroutine parks twice per
 * channel round trip, so that difference is a tenth of the round trip.
 *
 * <p>Invariants: {@link #coarseNanos()} never runs ahead of {@code System.nanoTime()} and lags
 * it by at most one tick while goroutines live. When the watchdog wakes from idle (no goroutine
 * left), whoever wakes it ticks first, so a stamp taken right after is not stale.
 */
public final class Clock {
    private Clock() {
    }

    private static volatile long coarse = System.nanoTime();

    /**
     * The current time in nanoseconds, as of the last tick (same origin as System.nanoTime).
     *
     * @return the coarse time in nanoseconds
     */
    public static long coarseNanos() {
        return coarse;
    }

    /** Advances the coarse clock to now. */
    static void tick() {
        coarse = System.nanoTime();
    }
}
