package go4j.internal.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The goroutines of one {@code Go.main} run (Go's process): its main goroutine and every
 * goroutine started, directly or not, from it (and those its timers start, see
 * {@link Goroutines#go(Runnable, Program)}). Goroutines started outside any {@code Go.main}
 * belong to {@link #FREE}.
 *
 * <p>A program ends once, with the first of: its main goroutine returned, a goroutine panicked
 * (an exception escaped it), every goroutine is asleep (deadlock), or the main goroutine called
 * goexit and no goroutine is left. {@code Go.main} waits for that end ({@link #awaitEnd()}).
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@link #live} counts the program's goroutines that are registered and not yet ended
 *       or torn down.
 *   <li>{@link #end} is set once; {@link #dead} goes false to true once, before the teardown
 *       marks any goroutine killed.
 * </ul>
 */
public final class Program {
    /** How a program ended. */
    public enum End {
        /** The main goroutine returned. */
        RETURNED,
        /** An exception escaped a goroutine; {@link #failure()} has it. */
        PANICKED,
        /** Every goroutine was asleep in a go4j primitive and no timer was pending. */
        DEADLOCK,
        /** The main goroutine called goexit and every other goroutine ended. */
        NO_GOROUTINES,
        /** A goroutine hit one of Go's fatal errors ({@link Panics#fatal}); {@link #failure()} has it. */
        FATAL
    }

    private static final AtomicLong SEQ = new AtomicLong();

    /** The goroutines started outside any Go.main. Never watched, never torn down. */
    public static final Program FREE = new Program(true);

    /** Live goroutines of this program, the main one included. */
    public final LongAdder live = new LongAdder();
    /** Next goroutine id (1 is the main goroutine's). */
    private final AtomicLong nextId;
    final boolean free;
    /** Creation order, for sorting dumps. */
    final long seq = SEQ.getAndIncrement();

    /** The main goroutine; set once it is created. */
    volatile G main;
    /**
     * The thread waiting in Go.main for this program to end; set before the main goroutine
     * starts. It can do nothing until then, so the deadlock verdict does not count it as awake.
     */
    volatile Thread caller;
    /** The main goroutine ended by goexit; the program lives on until no goroutine is left. */
    volatile boolean mainGoexited;
    /** Watched by the deadlock detector (Go.main programs, until they end). */
    volatile boolean detecting;
    /** Set by the first goroutine that panics (the one whose report is printed). */
    private final java.util.concurrent.atomic.AtomicBoolean panicking = new java.util.concurrent.atomic.AtomicBoolean();
    /** Torn down after a deadlock or a panic: goroutines unwind, nothing more is reported. */
    volatile boolean dead;

    // The end, written once under synchronized (this), published by the latch.
    private End end;
    private Throwable failure;
    private String report;
    private final CountDownLatch ended = new CountDownLatch(1);

    // Deadlock detector state, confined to the watchdog thread.
    G awakeHint;        // the goroutine the last check found awake: checked first next time
    long nextCheckNanos; // do not scan before this (backs off when scans are long)
    String lastWhy;      // what held the last verdict back (go4j.deadlock=trace prints changes)
    Deadlock.Asleep asleep; // a first look that found the program asleep, awaiting its second

    /** A new Go.main program, not yet started. */
    public Program() {
        this(false);
    }

    private Program(boolean free) {
        this.free = free;
        this.nextId = new AtomicLong(free ? 1 : 2);
    }

    long newId() {
        return nextId.getAndIncrement();
    }

    /**
     * The main goroutine.
     *
     * @return the main goroutine, or null before it is created
     */
    public G main() {
        return main;
    }

    /**
     * Identifies this program in JFR events: 0 for FREE, then 1, 2, ... in creation order.
     *
     * @return this program's id
     */
    public long id() {
        return seq;
    }

    /**
     * The program of the calling goroutine, or FREE on a thread that is not a goroutine.
     *
     * @return the calling goroutine's program, or {@link #FREE}
     */
    public static Program current() {
        G g = G.current();
        return g != null ? g.program : FREE;
    }

    // ---- Go.main ----

    /** How long a torn-down program's goroutines get to unwind before Go.main returns. */
    private static final long TEARDOWN_GRACE_MILLIS = 1000;

    /**
     * How a program ended that Go.main reports by throwing a new {@code go4j.Panic} (the runtime
     * is a floor below go4j and does not construct one): its message, and the cause or null.
     *
     * @param message the Panic's message
     * @param cause the Panic's cause, or null
     */
    public record Failure(String message, Throwable cause) {
    }

    /**
     * Runs {@code body} as the main goroutine of a new program and waits for the program to
     * end (Go.main's contract): returns null when the main goroutine returns. On a deadlock prints
     * Go's report and, as Go, ends the process with exit status 2. A panic or a fatal error was
     * reported by the goroutine that hit it, which also ended the process. When the process is
     * kept alive (see {@link Panics}), the program's goroutines are torn down instead and this
     * throws what escaped the panicking goroutine or the fatal error's Panic, or returns the
     * {@link Failure} for Go.main to throw as a Panic: a deadlock, or a panic with a checked
     * exception.
     *
     * @param body the main goroutine's code
     * @return null when the main goroutine returned, else the failure to throw as a Panic
     */
    public static Failure runMain(Runnable body) {
        Program p = new Program();
        p.caller = Thread.currentThread();
        Goroutines.startMain(body, p);
        Watchdog.watch(p);
        End end = p.awaitEnd();
        switch (end) {
            case RETURNED:
                return null;
            case PANICKED: {
                // The report was printed by the goroutine that panicked.
                Goroutines.kill(p, TEARDOWN_GRACE_MILLIS);
                Throwable t = p.failure();
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                return new Failure(Panics.value(t), t);
            }
            case FATAL:
                // Reported by the goroutine that hit it; the failure is the Panic it threw.
                Goroutines.kill(p, TEARDOWN_GRACE_MILLIS);
                throw (RuntimeException) p.failure();
            case DEADLOCK:
                Panics.reportFatal(p.report());
                Goroutines.kill(p, TEARDOWN_GRACE_MILLIS);
                return new Failure("all goroutines are asleep - deadlock!", null);
            case NO_GOROUTINES:
                Panics.reportFatal("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
                return new Failure("no goroutines (main called runtime.Goexit) - deadlock!", null);
            default:
                throw new AssertionError(end);
        }
    }

    // ---- ending ----

    /** True for the first goroutine to panic in this program. */
    boolean claimPanic() {
        return panicking.compareAndSet(false, true);
    }

    /** Records how the program ended; false if it had already ended. */
    boolean finish(End how, Throwable failure, String report) {
        synchronized (this) {
            if (end != null) {
                return false;
            }
            this.end = how;
            this.failure = failure;
            this.report = report;
        }
        detecting = false;
        ended.countDown();
        return true;
    }

    /**
     * True once the program has ended (how is {@link #end()}).
     *
     * @return whether the program has ended
     */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    /**
     * Waits until the program ends; keeps the interrupt flag if interrupted meanwhile.
     *
     * @return how the program ended
     */
    public End awaitEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                ended.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return end();
    }

    /**
     * How the program ended.
     *
     * @return how it ended, or null while it runs
     */
    public synchronized End end() {
        return end;
    }

    /**
     * What escaped the goroutine that panicked, for {@link End#PANICKED}.
     *
     * @return the escaped throwable, or null
     */
    public synchronized Throwable failure() {
        return failure;
    }

    /**
     * The text printed for a fatal error (the deadlock report), or null.
     *
     * @return the report, or null
     */
    public synchronized String report() {
        return report;
    }

    @Override
    public String toString() {
        return free ? "program(free)" : "program(main=" + main + ")";
    }
}
