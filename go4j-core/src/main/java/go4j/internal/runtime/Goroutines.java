package go4j.internal.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Starts goroutines and keeps the table of live ones (Go's {@code allgs}), for
 * {@code numGoroutine}, goroutine dumps and deadlock detection.
 *
 * <p>Invariants: a goroutine is in {@link #ALL} and counted in {@link #LIVE} (and in its
 * program's {@code live}) from just before its thread starts until its body has returned or
 * thrown; ids are unique except the main goroutine's, which is always 1, as in Go.
 */
public final class Goroutines {
    private Goroutines() {
    }

    private static final Set<G> ALL = ConcurrentHashMap.newKeySet();
    private static final LongAdder LIVE = new LongAdder();
    private static final AtomicLong NEXT_ID = new AtomicLong(2);

    /** Called with the goroutine and what escaped its body (not Goexit). */
    public interface PanicHandler {
        void panicked(G g, Throwable t);
    }

    private static volatile PanicHandler panicHandler;

    public static void setPanicHandler(PanicHandler h) {
        panicHandler = h;
    }

    /** Starts {@code body} as a new goroutine of the caller's program (if any). */
    public static G go(Runnable body) {
        Objects.requireNonNull(body, "go: nil func");
        G parent = G.current();
        return start(body, new G(NEXT_ID.getAndIncrement(), false, null,
                parent == null ? null : parent.program));
    }

    /**
     * Starts {@code body} as a new goroutine of {@code program} (null: of no program), for
     * goroutines started on behalf of another, from a thread that is not one: a timer's
     * {@code afterFunc} belongs to the program that created the timer.
     */
    public static G go(Runnable body, Program program) {
        Objects.requireNonNull(body, "go: nil func");
        return start(body, new G(NEXT_ID.getAndIncrement(), false, null, program));
    }

    /** Starts the main goroutine of {@code program}. */
    public static G startMain(Runnable body, Program program) {
        Objects.requireNonNull(body, "main: nil func");
        G g = new G(1, true, null, program);
        program.main = g;
        return start(body, g);
    }

    private static G start(Runnable body, G g) {
        Thread t = Schedulers.current().newThread(() -> run(g, body));
        g.thread = t;
        ALL.add(g);
        LIVE.increment();
        if (g.program != null) {
            g.program.live.increment();
        }
        try {
            t.start();
        } catch (Throwable e) {
            exited(g);
            throw e;
        }
        return g;
    }

    private static void run(G g, Runnable body) {
        G.bind(g);
        try {
            body.run();
        } catch (Goexit e) {
            // Go's runtime.Goexit: the deferred calls (finally blocks) have run.
        } catch (Throwable t) {
            PanicHandler h = panicHandler;
            if (h != null) {
                h.panicked(g, t);
            } else {
                throw t;
            }
        } finally {
            exited(g);
            G.bind(null);
        }
    }

    private static void exited(G g) {
        if (ALL.remove(g)) {
            LIVE.decrement();
            if (g.program != null) {
                g.program.live.decrement();
            }
        }
    }

    /** Number of live goroutines, main goroutines included. */
    public static int count() {
        return (int) LIVE.sum();
    }

    /** A snapshot of the live goroutines, sorted by id. */
    public static List<G> all() {
        List<G> list = new ArrayList<>(ALL);
        list.sort((a, b) -> Long.compare(a.id, b.id));
        return list;
    }

    static Collection<G> unsorted() {
        return ALL;
    }
}
