package go4j;

import go4j.internal.runtime.Dump;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Goexit;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.Schedulers;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Go's builtins and runtime functions. {@code import static go4j.Go.*;} and write Go.
 *
 * <pre>{@code
 * Go.main(() -> {
 *     Chan<String> messages = new Chan<>();
 *     go(() -> messages.send("ping"));
 *     System.out.println(messages.recv());
 * });
 * }</pre>
 */
public final class Go {
    private Go() {
    }

    /**
     * Starts {@code body} in a new goroutine, Go's {@code go f()}.
     *
     * @throws NullPointerException here, at the call site, if {@code body} is null
     */
    public static void go(Runnable body) {
        Goroutines.go(body);
    }

    /**
     * Runs {@code body} as the main goroutine of a Go-style program and waits for it to
     * return. Other goroutines may still be running afterwards, as in Go when main returns.
     * An exception thrown by the body is rethrown here.
     *
     * @throws Panic "no goroutines (main called runtime.Goexit) - deadlock!" when the body
     *               called {@link #goexit()} and every other goroutine has ended
     */
    public static void main(Runnable body) {
        Objects.requireNonNull(body, "main: nil func");
        Program program = new Program();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean[] returned = {false};
        G g = Goroutines.startMain(() -> {
            try {
                body.run();
                returned[0] = true;
            } catch (Goexit e) {
                throw e;
            } catch (Throwable t) {
                failure.set(t);
            }
        }, program);
        joinUninterruptibly(g.thread());
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new Panic(t.toString(), t);
        }
        if (!returned[0]) {
            // The main goroutine called goexit: the program runs until no goroutine is left.
            while (program.live.sum() > 0) {
                sleepQuietly();
            }
            throw new Panic("no goroutines (main called runtime.Goexit) - deadlock!");
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted("main");
        }
    }

    /**
     * Go's select: waits until one of the cases can proceed and runs it; when several can,
     * one is chosen uniformly at random. With a {@link #defaultCase} it never blocks. Cases on
     * a nil channel are never ready; {@code select()} with no cases blocks forever.
     *
     * @return the chosen case's result
     * @throws Panic "send on closed channel" if a send case's channel is or becomes closed
     */
    @SafeVarargs
    public static <R> R select(Case<? extends R>... cases) {
        return Select.select(cases);
    }

    /** The {@code default:} case of a select: taken when no other case is ready. */
    public static <R> Case<R> defaultCase(Supplier<? extends R> body) {
        return new Case<>(null, Case.DEFAULT, null, Objects.requireNonNull(body, "body"));
    }

    /** The {@code default:} case of a select, doing nothing. */
    public static Case<Void> defaultCase() {
        return new Case<>(null, Case.DEFAULT, null, null);
    }

    /**
     * Go's runtime.GOMAXPROCS: sets the number of processors running goroutines and returns
     * the previous setting; {@code n < 1} only queries.
     */
    public static int gomaxprocs(int n) {
        var s = Schedulers.current();
        return n < 1 ? s.gomaxprocs() : s.setGomaxprocs(n);
    }

    /** Go's runtime.Gosched: yields the processor so other goroutines run. */
    public static void gosched() {
        Schedulers.current().gosched();
    }

    /**
     * Go's runtime.Goexit: ends the calling goroutine after its finally blocks run. Catching
     * {@link Throwable} around it stops it, so don't.
     *
     * @throws IllegalStateException on a thread that is not a goroutine
     */
    public static void goexit() {
        if (G.current() == null) {
            throw new IllegalStateException("goexit: not on a goroutine");
        }
        throw new Goexit();
    }

    /** Go's runtime.NumGoroutine: live goroutines, main goroutines of {@link #main} included. */
    public static int numGoroutine() {
        return Goroutines.count();
    }

    /**
     * Go's runtime.Stack: a dump of the calling goroutine, or of all goroutines, in Go's
     * format ({@code goroutine 7 [chan receive]:} and the frames).
     */
    public static String stack(boolean all) {
        return Dump.stack(all);
    }

    /** The name of the scheduler running goroutines: "gmp" or "jdk". */
    public static String scheduler() {
        return Schedulers.current().name();
    }
}
