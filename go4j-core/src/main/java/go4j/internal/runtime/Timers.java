package go4j.internal.runtime;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * go4j's one timer facility (Go's per-P timer heaps, as one heap): a single daemon thread
 * runs a binary heap of pending timers. Timers, tickers, context deadlines and
 * {@code afterFunc} all live here; nobody gets a thread of their own.
 *
 * <p>Actions run on the timer thread and must be short and non-blocking: a {@code trySend},
 * closing a channel, starting a goroutine. A canceled timer leaves the heap at once, so
 * canceled timers cost nothing.
 */
public final class Timers {
    private Timers() {
    }

    private static final ScheduledThreadPoolExecutor HEAP;

    static {
        HEAP = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "go4j-timers");
            t.setDaemon(true);
            return t;
        });
        HEAP.setRemoveOnCancelPolicy(true);
        HEAP.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** A pending timer. */
    public static final class Handle {
        private final ScheduledFuture<?> future;

        private Handle(ScheduledFuture<?> future) {
            this.future = future;
        }

        /** Stops the timer; true if it was pending and will now not run. */
        public boolean cancel() {
            return future.cancel(false);
        }

        /** True while the timer has neither fired nor been canceled. */
        public boolean pending() {
            return !future.isDone();
        }
    }

    /** Runs {@code action} on the timer thread after {@code delayNanos} (at once if <= 0). */
    public static Handle schedule(long delayNanos, Runnable action) {
        return new Handle(HEAP.schedule(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                // Report like an uncaught exception, but keep the timer thread alive.
                Thread self = Thread.currentThread();
                self.getUncaughtExceptionHandler().uncaughtException(self, t);
            }
        }, Math.max(0, delayNanos), TimeUnit.NANOSECONDS));
    }

    /** Number of timers waiting to fire. */
    public static int pending() {
        return HEAP.getQueue().size();
    }
}
