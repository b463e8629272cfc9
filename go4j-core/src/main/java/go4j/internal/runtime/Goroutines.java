package go4j.internal.runtime;

import go4j.internal.jfr.Events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Starts goroutines and keeps the table of live ones (Go's {@code allgs}), for
 * {@code numGoroutine}, goroutine dumps and deadlock detection.
 *
 * <p>Invariants: a goroutine is live (not marked {@link G#exited}, counted in {@link #LIVE}
 * and its program's {@code live}, listed by {@link #all} and {@link #of}) from just before
 * its thread starts until its body has returned or thrown, or until its program is torn
 * down, whichever comes first; {@link #exited} is the one place that ends that, once.
 * {@link #ALL} maps its thread to it from the same point until its body has ended (or its
 * thread did not start), so that {@link G#current} finds a goroutine whose code replaced its
 * thread's handler also while it unwinds after a teardown. Ids are unique within a program;
 * a main goroutine's is 1, as in Go.
 */
public final class Goroutines {
    private Goroutines() {
    }

    private static final ConcurrentHashMap<Thread, G> ALL = new ConcurrentHashMap<>();
    private static final LongAdder LIVE = new LongAdder();
    /** Goroutines ever registered; incremented after ALL.put (Deadlock's snapshot argument needs that order). */
    private static final LongAdder SPAWNED = new LongAdder();

    /**
     * Starts {@code body} as a new goroutine of the caller's program (the caller's goroutine's,
     * the timer callback's, or {@link Program#FREE}).
     *
     * @param body the goroutine's code
     * @return the started goroutine
     * @throws NullPointerException if {@code body} is null, here rather than in the goroutine
     */
    public static G go(Runnable body) {
        Objects.requireNonNull(body, "go: nil func");
        Program p = Program.current();
        G parent = G.current();
        G g = new G(p.newId(), false, p);
        g.parentId = parent == null ? 0 : parent.id;
        return start(body, g);
    }

    /**
     * Starts {@code body} as a new goroutine of {@code program} (null: of no program, FREE),
     * for goroutines started on behalf of another, from a thread that is not one: a timer's
     * {@code afterFunc} belongs to the program that created the timer.
     *
     * @param body the goroutine's code
     * @param program the program it belongs to; null for {@link Program#FREE}
     * @return the started goroutine
     */
    public static G go(Runnable body, Program program) {
        Objects.requireNonNull(body, "go: nil func");
        Program p = program == null ? Program.FREE : program;
        G parent = G.current();
        G g = new G(p.newId(), false, p);
        g.parentId = parent == null ? 0 : parent.id;
        return start(body, g);
    }

    /**
     * Starts the main goroutine of {@code program}.
     *
     * @param body the main goroutine's code
     * @param program the program it is the main goroutine of
     * @return the started goroutine
     */
    public static G startMain(Runnable body, Program program) {
        Objects.requireNonNull(body, "main: nil func");
        G g = new G(1, true, program);
        program.main = g;
        return start(body, g);
    }

    private static G start(Runnable body, G g) {
        Program p = g.program;
        g.body = body;
        Thread t = Schedulers.current().newThread(g);
        g.attach(t);
        Bubble b = Bubble.current(); // outside synctest bubbles: null after one read
        if (b != null) {
            g.bubble = b;
            b.join(g);
        }
        ALL.put(t, g);
        LIVE.increment();
        p.live.increment();
        SPAWNED.increment(); // after ALL.put: see Deadlock's snapshot argument
        if (p.dead) {
            // The program was torn down while its goroutine was starting this one: nothing
            // of a dead program runs. The spawning goroutine unwinds too.
            ended(g);
            if (G.current() != null) {
                throw new Goexit();
            }
            return g;
        }
        Watchdog.goroutineStarting();
        try {
            t.start();
        } catch (Throwable e) {
            ended(g);
            throw e;
        }
        Schedulers.current().started();
        return g;
    }

    /** The body of {@code g}'s thread ({@link G#run}). */
    static void run(G g, Runnable body) {
        Events.goroutineStart(g.id, g.parentId, g.main, g.program.seq);
        String outcome = Events.RETURNED;
        try {
            body.run();
        } catch (Goexit e) {
            // Go's runtime.Goexit: the deferred calls (finally blocks) have run.
            outcome = Events.GOEXIT;
            if (g.main) {
                g.program.mainGoexited = true;
            }
        } catch (Throwable t) {
            outcome = Events.PANIC;
            if (g.bubble != null) {
                g.bubble.panicked(g, t); // the bubble fails: Synctest.test reports it
            } else {
                Panics.panicked(g, t);
            }
        } finally {
            Events.goroutineEnd(g.id, g.program.seq, outcome); // before it leaves the registry
            ended(g);
        }
        if (g.main && outcome == Events.RETURNED) {
            g.program.finish(Program.End.RETURNED, null, null);
        }
    }

    /** Its body ended, or its thread never started: {@link #exited}, and its thread no longer finds it. */
    private static void ended(G g) {
        exited(g);
        ALL.remove(g.thread, g);
    }

    /** Ends {@code g}'s life as a live goroutine, once; ends its program if main called goexit and none is left. */
    private static void exited(G g) {
        if (g.markExited()) {
            if (g.bubble != null) {
                g.bubble.left(g);
            }
            LIVE.decrement();
            Program p = g.program;
            p.live.decrement();
            if (p.mainGoexited && p.live.sum() == 0) {
                p.finish(Program.End.NO_GOROUTINES, null, null);
            }
        }
    }

    /**
     * Tears {@code p} down after a deadlock or a panic: its goroutines leave the registry at
     * once and unwind at their next go4j wait (as by goexit: finally blocks run, no report).
     * Waits up to {@code graceMillis} for their threads to end.
     */
    static void kill(Program p, long graceMillis) {
        p.dead = true;
        List<G> gs = new ArrayList<>();
        for (G g : ALL.values()) {
            if (g.program == p) {
                gs.add(g);
            }
        }
        kill(gs, graceMillis);
    }

    /**
     * Tears the goroutines {@code gs} down as {@link #kill(Program, long)} does a program's (a
     * failed synctest bubble's members): they leave the registry at once and unwind at their
     * next go4j wait. Waits up to {@code graceMillis} for their threads to end.
     */
    static void kill(List<G> gs, long graceMillis) {
        List<Thread> threads = new ArrayList<>();
        for (G g : gs) {
            if (!g.exited()) {
                g.killed = true;
                exited(g);
                threads.add(g.thread);
                g.thread.interrupt();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        for (Thread t : threads) {
            if (t == Thread.currentThread()) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                t.join(java.time.Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /**
     * Number of live goroutines, main goroutines included.
     *
     * @return how many goroutines are alive
     */
    public static int count() {
        return (int) LIVE.sum();
    }

    /**
     * A snapshot of the live goroutines, sorted by program and id.
     *
     * @return a new list of the live goroutines
     */
    public static List<G> all() {
        return live(null);
    }

    /**
     * A snapshot of the live goroutines of {@code p}, sorted by id.
     *
     * @param p the program
     * @return a new list of its live goroutines
     */
    public static List<G> of(Program p) {
        return live(p);
    }

    /** The live goroutines of {@code p} (null: of every program), sorted by {@link #compare}. */
    private static List<G> live(Program p) {
        List<G> list = new ArrayList<>();
        for (G g : ALL.values()) {
            if ((p == null || g.program == p) && !g.exited()) {
                list.add(g);
            }
        }
        list.sort(Goroutines::compare);
        return list;
    }

    private static int compare(G a, G b) {
        if (a.program != b.program) {
            // FREE first, then programs in the order they were created.
            if (a.program.free || b.program.free) {
                return a.program.free ? -1 : 1;
            }
            return Long.compare(a.program.seq, b.program.seq);
        }
        return Long.compare(a.id, b.id);
    }

    /** Goroutines ever registered (monotonic), counted after they are in the registry. */
    static long spawned() {
        return SPAWNED.sum();
    }

    /** The live goroutines and some that have just exited: skip those ({@link G#exited}). */
    static Collection<G> unsorted() {
        return ALL.values();
    }

    /** The goroutine whose thread is {@code t} and whose body has not ended, or null. */
    static G byThread(Thread t) {
        return ALL.get(t);
    }
}
