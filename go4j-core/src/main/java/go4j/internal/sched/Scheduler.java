package go4j.internal.sched;

/**
 * Where goroutines run. Channels and the sync primitives only park and unpark threads; the
 * scheduler decides which carrier runs a goroutine next. Two implementations: {@code jdk}
 * (plain virtual threads on the JDK's ForkJoinPool) and {@code gmp} (go4j's G/M/P
 * work-stealing scheduler, plugged in as the virtual threads' executor).
 */
public interface Scheduler {
    /**
     * "gmp" or "jdk".
     *
     * @return the scheduler's name
     */
    String name();

    /**
     * A new, unstarted thread that will run {@code task} as a goroutine.
     *
     * @param task the goroutine's code
     * @return the unstarted thread
     */
    Thread newThread(Runnable task);

    /**
     * The current GOMAXPROCS.
     *
     * @return the current GOMAXPROCS
     */
    int gomaxprocs();

    /**
     * Sets GOMAXPROCS ({@code n >= 1}); returns the previous value.
     *
     * @param n the new GOMAXPROCS
     * @return the previous GOMAXPROCS
     */
    int setGomaxprocs(int n);

    /**
     * Called by the spawning goroutine right after it started a new one: a scheduler that
     * holds back wake-ups of idle carriers for hand-offs makes sure here that a new
     * goroutine can start on an idle carrier at once, as Go's newproc does.
     */
    default void started() {
    }

    /** Yields the processor, letting other goroutines run (Go's runtime.Gosched). */
    default void gosched() {
        Thread.yield();
    }

    /**
     * Whether a goroutine about to wait (see {@code go4j.internal.runtime.Park}) should spin briefly first: only
     * when whoever will end the wait may be running on another carrier right now. A
     * goroutine that the waiter itself made runnable and that waits for this carrier gains
     * nothing from a spin that delays it.
     *
     * @return whether to spin before parking
     */
    default boolean spinBeforePark() {
        return gomaxprocs() > 1;
    }

    /**
     * Whether no continuation is running on or queued for this scheduler's own carriers (a racy
     * look, for the deadlock verdict): when every goroutine is asleep, one running or queued
     * anyway is a virtual thread go4j did not start, one a goroutine created (which inherits the
     * goroutine's scheduler), or a goroutine still finishing its park. A scheduler whose
     * carriers are a {@link java.util.concurrent.ForkJoinPool} says true: the verdict asks the
     * pool ({@code go4j.internal.runtime.Outside}).
     *
     * @return whether the own carriers look idle; true by default
     */
    default boolean quiescent() {
        return true;
    }

    /**
     * Go's schedtrace line, or null if this scheduler has none.
     *
     * @param uptimeMillis milliseconds since the scheduler started
     * @return the line, or null
     */
    default String schedtrace(long uptimeMillis) {
        return null;
    }

    /**
     * The figures of Go's schedtrace line now, or null if this scheduler has none.
     *
     * @return the figures, or null
     */
    default Schedtrace schedtraceNow() {
        return null;
    }
}
