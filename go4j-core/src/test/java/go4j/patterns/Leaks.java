package go4j.patterns;

import go4j.Go;
import go4j.internal.runtime.Goroutines;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The no-leak check of the pattern tests: the number of live goroutines goes back to what it
 * was before the pattern started. Not a timing assertion: it polls until the count is back
 * and fails, with a goroutine dump, only after a patience far beyond any normal delay.
 */
final class Leaks {
    private Leaks() {
    }

    private static final long PATIENCE_NANOS = 30_000_000_000L;

    /** The live goroutine count to come back to. */
    static int baseline() {
        return Go.numGoroutine();
    }

    /** Waits until at most {@code baseline} goroutines are live; fails with a dump if they stay. */
    static void awaitBaseline(int baseline) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (Go.numGoroutine() > baseline) {
            if (System.nanoTime() - deadline > 0) {
                fail("goroutines left behind: " + Go.numGoroutine() + " live, baseline " + baseline
                        + "\n" + Go.stack(true));
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Runs {@code calls} as the main goroutine of a program of its own and fails if they
     * started a goroutine, even one that has ended since. A program numbers its goroutines
     * 1 (main), 2, 3, ..., so the first goroutine started after the calls must be number 2.
     * (Comparing {@link Go#numGoroutine()} before and after races with the goroutines of
     * earlier tests, which may still be ending.)
     */
    static void assertStartsNoGoroutine(Runnable calls) {
        AtomicLong next = new AtomicLong();
        Go.main(() -> {
            calls.run();
            next.set(Goroutines.go(() -> {
            }).id);
        });
        assertEquals(2, next.get(), "goroutines started by the calls: " + (next.get() - 2));
    }
}
