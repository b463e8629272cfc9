package go4j.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A goroutine (Go's {@code g}): its id, its thread and, while it is parked in a go4j
 * primitive, why and since when.
 *
 * <p>Invariants: {@link #waitReason} is non-null exactly while the goroutine is between
 * {@link #beginWait} and {@link #endWait}; only the goroutine itself writes it, others
 * (dumps, deadlock detection) read it racily, which is enough for diagnostics. A goroutine
 * counted in {@link Goroutines#asleep} has {@code counted == true} and is uncounted by its
 * own {@link #endWait}.
 */
public final class G {
    private static final ThreadLocal<G> CURRENT = new ThreadLocal<>();
    private static final VarHandle WAIT_REASON;

    static {
        try {
            WAIT_REASON = MethodHandles.lookup().findVarHandle(G.class, "waitReason", WaitReason.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Go's goroutine id: 1 for a main goroutine, then increasing. */
    public final long id;
    /** True for the goroutine {@code Go.main} runs. */
    public final boolean main;
    /** The function the goroutine was started with, for dumps ("created by"). */
    final String createdBy;
    /** The virtual thread running this goroutine; set before it starts. */
    Thread thread;
    /** Group this goroutine belongs to (the Go.main program that started it, if any). */
    final Program program;

    private WaitReason waitReason; // accessed through WAIT_REASON (opaque)
    private volatile long waitSince; // Clock.coarseNanos() at beginWait
    private boolean counted;         // counted in Goroutines.asleep; goroutine-confined

    G(long id, boolean main, String createdBy, Program program) {
        this.id = id;
        this.main = main;
        this.createdBy = createdBy;
        this.program = program;
    }

    /** The goroutine running on the current thread, or null on a thread go4j did not start. */
    public static G current() {
        return CURRENT.get();
    }

    static void bind(G g) {
        if (g == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(g);
        }
    }

    public Thread thread() {
        return thread;
    }

    /** Why this goroutine is parked, or null when it is running or runnable. */
    public WaitReason waitReason() {
        return (WaitReason) WAIT_REASON.getOpaque(this);
    }

    /** When the current wait began (Clock.coarseNanos()), meaningful while waitReason != null. */
    public long waitSince() {
        return waitSince;
    }

    public Program program() {
        return program;
    }

    /**
     * Marks the calling goroutine as parked for {@code reason}; returns it (null on a foreign
     * thread) for the matching {@link #endWait(G)}.
     */
    public static G beginWait(WaitReason reason) {
        G g = CURRENT.get();
        if (g != null) {
            g.waitSince = Clock.coarseNanos();
            WAIT_REASON.setOpaque(g, reason);
            if (reason.asleep && g.program != null && g.program.detecting) {
                g.counted = true;
                g.program.asleep.increment();
            }
        }
        return g;
    }

    /** Ends the wait begun by {@link #beginWait}. */
    public static void endWait(G g) {
        if (g != null) {
            if (g.counted) {
                g.counted = false;
                g.program.asleep.decrement();
            }
            WAIT_REASON.setOpaque(g, null);
        }
    }

    @Override
    public String toString() {
        return "goroutine " + id;
    }
}
