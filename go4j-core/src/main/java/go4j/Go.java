package go4j;

import go4j.internal.runtime.Dump;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Goexit;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.Schedulers;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Go's builtins and runtime functions. {@code import static go4j.Go.*;} and write Go.
 * Goroutine bodies may throw checked exceptions ({@link Func}); {@link #executor()} runs
 * tasks of the JDK's executor APIs as goroutines. Which calls an interrupt stops, what they
 * throw and what becomes of the interrupt flag: the package documentation, "Interrupts".
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
     * @param body the code the new goroutine runs
     * @throws NullPointerException here, at the call site, if {@code body} is null
     */
    public static void go(Runnable body) {
        Goroutines.go(body);
    }

    /**
     * Starts {@code body}, which may throw checked exceptions, in a new goroutine: Go's
     * {@code go f()} for a lambda such as {@code () -> Files.delete(path)}. An exception
     * escaping the body, checked or not, is the goroutine's panic (see {@link #main}). Every
     * lambda and method reference passed to {@code go} comes here; a {@code Runnable} variable
     * goes to {@link #go(Runnable)}, with the same meaning.
     *
     * @param body the goroutine's code; it may throw checked exceptions
     * @throws NullPointerException here, at the call site, if {@code body} is null
     */
    public static void go(Func body) {
        Goroutines.go(body);
    }

    /**
     * Runs {@code body} as the main goroutine (goroutine 1) of a Go-style program and waits for
     * it to return. Other goroutines may still be running afterwards (in Go the process would
     * end; here the JVM goes on).
     *
     * <p>As in Go:
     * <ul>
     *   <li><b>Deadlock.</b> When every goroutine is blocked in a go4j primitive (channel,
     *       select, WaitGroup, Mutex, nil channel, empty select), no timer is pending and
     *       nothing outside go4j may wake one (a platform thread running, in I/O or in a timed
     *       wait; a busy fork-join pool; see the README), prints
     *       {@code fatal error: all goroutines are asleep - deadlock!}, a blank line and the
     *       goroutine dump on stderr and ends the process with exit status 2. Sleeping, I/O and
     *       code outside go4j count as awake. {@code -Dgo4j.deadlock=off} turns this off.
     *   <li><b>Panic.</b> An exception escaping any goroutine of the program, this one
     *       included, prints Go's report ({@code panic: ...}, then the goroutine's stack and
     *       the exception's causes; every goroutine's with {@code GOTRACEBACK=all}) and ends the
     *       process with exit status 2. So do Go's fatal errors ({@code sync: unlock of unlocked
     *       mutex} and the RWMutex ones), which no {@code catch} can stop.
     * </ul>
     * With {@code -Dgo4j.exitOnPanic=false} (or {@code GO4J_EXIT_ON_PANIC=false}), for an
     * application that embeds go4j, the process lives on instead: the report is printed, the
     * program's goroutines are torn down (they unwind as by {@link #goexit()}), and the panic
     * is thrown here.
     *
     * <pre>{@code
     * // with -Dgo4j.exitOnPanic=false
     * try {
     *     Go.main(() -> new Chan<Integer>().recv()); // nobody will ever send
     * } catch (Panic p) {
     *     System.out.println(p.getMessage()); // all goroutines are asleep - deadlock!
     * }
     * }</pre>
     *
     * @param body the main goroutine's code
     * @throws Panic with the process kept alive: "all goroutines are asleep - deadlock!"; "no
     *               goroutines (main called runtime.Goexit) - deadlock!" when the body called
     *               {@link #goexit()} and every other goroutine has ended; a fatal error's
     *               message
     */
    public static void main(Runnable body) {
        Objects.requireNonNull(body, "main: nil func");
        Program.Failure f = Program.runMain(body);
        if (f != null) {
            throw f.cause() == null ? new Panic(f.message()) : new Panic(f.message(), f.cause());
        }
    }

    /**
     * {@link #main(Runnable)} for a body that may throw checked exceptions, such as
     * {@code () -> serve(new ServerSocket(8080))}: every lambda and method reference passed to
     * {@code main} comes here. A checked exception escaping the body, or any goroutine of the
     * program, is a panic like any other: Go's report, exit status 2. With the process kept
     * alive ({@code go4j.exitOnPanic=false}) this throws a {@link Panic} whose message is the
     * panic value ({@code java.io.IOException: disk full}) and whose cause is the exception:
     * {@code main} declares no checked exception.
     *
     * <pre>{@code
     * public static void main(String[] args) {
     *     Go.main(() -> {
     *         for (String line : Files.readAllLines(Path.of(args[0]))) { // IOException: a panic
     *             System.out.println(line);
     *         }
     *     });
     * }
     * }</pre>
     *
     * @param body the main goroutine's code; it may throw checked exceptions
     * @throws Panic as {@link #main(Runnable)} does
     */
    public static void main(Func body) {
        main((Runnable) body);
    }

    /**
     * Go's select: waits until one of the cases can proceed and runs it; when several can,
     * one is chosen uniformly at random. With a {@link #defaultCase} it never blocks. Cases on
     * a nil channel are never ready; {@code select()} with no cases blocks forever.
     *
     * @param <R>   the type of the cases' results
     * @param cases the cases to choose from, at most one of them a {@link #defaultCase}
     * @return the chosen case's result
     * @throws Panic "send on closed channel" if a send case's channel is or becomes closed
     */
    @SafeVarargs
    public static <R> R select(Case<? extends R>... cases) {
        return Select.select(cases);
    }

    /**
     * The {@code default:} case of a select: taken when no other case is ready.
     *
     * @param <R>  what {@code body} returns
     * @param body runs when the case is taken; what it returns, the select returns
     * @return the case, to pass to {@link #select}
     */
    public static <R> Case<R> defaultCase(Supplier<? extends R> body) {
        return new Case<>(null, Case.DEFAULT, null, Objects.requireNonNull(body, "body"));
    }

    /**
     * The {@code default:} case of a select, doing nothing.
     *
     * @return the case, to pass to {@link #select}; when it is taken, the select returns null
     */
    public static Case<Void> defaultCase() {
        return new Case<>(null, Case.DEFAULT, null, null);
    }

    /**
     * Go's runtime.GOMAXPROCS: sets the number of processors running goroutines and returns
     * the previous setting; {@code n < 1} only queries.
     *
     * @param n the new number of processors, or less than 1 to leave it as it is
     * @return the number of processors before this call
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

    /**
     * Go's runtime.NumGoroutine: live goroutines, main goroutines of {@link #main} included.
     *
     * @return how many goroutines are alive now
     */
    public static int numGoroutine() {
        return Goroutines.count();
    }

    /**
     * Go's runtime.Stack: a dump of the calling goroutine, or with {@code all} of every
     * goroutine of its program too, in Go's format: {@code goroutine 7 [chan receive, 2 minutes]:}
     * (why it waits, and for how long once it passes a minute), then its frames, without
     * go4j's and the JDK's internal ones; entries separated by blank lines. Called from a
     * thread that is not a goroutine, {@code all} lists every goroutine in the JVM.
     *
     * @param all whether to dump the other goroutines too, not only the calling one
     * @return the dump, as Go's {@code runtime.Stack} writes it
     */
    public static String stack(boolean all) {
        return Dump.stack(all);
    }

    /**
     * Go 1.26's goroutine leak profile: the goroutines blocked on a channel, a {@code select}
     * or a {@code go4j.sync} object that nothing able to run can reach any more, so that they
     * can never wake. One entry per goroutine, in {@link #stack}'s format with Go's mark,
     * {@code goroutine 7 [chan send (leaked)]:} and its frames; {@link #stack} marks them so
     * from then on, as Go's dumps do. Called from a goroutine, the goroutines of its program;
     * from another thread, of the whole JVM.
     *
     * <p>Never a false report: a goroutine that a running goroutine, another thread, a timer or
     * a static field can still reach, directly or through goroutines that can themselves be
     * woken, is not listed (the rule and its argument: docs/diagnostics.md, "Leaked
     * goroutines"). The price: a heap dump of the live objects and a walk over it, from about
     * a tenth of a second for a small heap upwards; a diagnostic for tests and for the
     * occasional look, not for a hot path. A heap dump shows every reference only of threads
     * that are not running Java code at it, so a dump is taken again (up to 10 times) while
     * some thread runs; a thread that never stops running (a goroutine in a compute loop)
     * makes the answer "undecided" rather than a guess.
     *
     * <pre>{@code
     * static RecvChan<Integer> numbers() {
     *     Chan<Integer> ch = new Chan<>();
     *     Go.go(() -> { for (int i = 0; ; i++) ch.send(i); });
     *     return ch;
     * }
     *
     * static List<String> abandon() {
     *     numbers().recv();                // the generator is abandoned after one value
     *     return Go.leakedGoroutines();    // one entry: "goroutine 2 [chan send (leaked)]:" and its frames
     * }
     * }</pre>
     *
     * @return one Go-format dump entry per leaked goroutine; empty when none
     * @throws UnsupportedOperationException if this JVM cannot dump its heap with the stacks
     *         of virtual threads (HotSpot on JDK 22+ can)
     * @throws IllegalStateException "leaked goroutines: undecided ..." when no dump showed every
     *         thread whole (some thread kept running Java code throughout)
     */
    public static List<String> leakedGoroutines() {
        return Dump.leaked();
    }

    /**
     * An {@link ExecutorService} that runs each task as a goroutine, for every API that takes
     * an {@link java.util.concurrent.Executor}: {@code HttpServer.setExecutor},
     * {@code CompletableFuture.supplyAsync(f, executor)}, {@code ExecutorService.submit}. A
     * task starts the moment it is submitted, as by {@link #go(Runnable)}, as a goroutine of
     * the program that called {@code executor()} (a {@link #main} program's, wherever the task
     * is submitted from: an HTTP server's dispatcher thread, a timer), so that it shows in that
     * program's dumps and counts for its deadlock detection. There is no pool and no queue;
     * each call returns a new executor, which holds no thread of its own and needs no
     * shutdown to be garbage.
     *
     * <pre>{@code
     * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
     * server.createContext("/", exchange -> {
     *     exchange.sendResponseHeaders(204, -1); // on a goroutine of its own, as in Go's net/http
     *     exchange.close();
     * });
     * server.setExecutor(Go.executor());
     * server.start();
     * CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> 6 * 7, Go.executor());
     * }</pre>
     *
     * <p>Tasks and their exceptions: {@code execute(task)} is {@code go(task)}, so an exception
     * escaping the task is the goroutine's panic (Go's report; under {@code Go.main}, the end of
     * the program), while {@code submit} and {@code CompletableFuture} keep a task's exception
     * in its future, as with any executor.
     *
     * <p>Lifecycle, the JDK's contract with goroutines for threads: {@code shutdown()} rejects
     * new tasks ({@code RejectedExecutionException}) and lets the running ones go on;
     * {@code shutdownNow()} does the same and interrupts every running task's goroutine (a go4j
     * wait in it throws {@link Interrupted}, which, escaping the task, ends it quietly: the
     * cancellation asked for, not a panic), and returns an empty list, since no task is ever
     * waiting to start. {@code awaitTermination} waits until the executor is shut down and every
     * task it started has ended, as {@code isTerminated()} then says (a task that panicked under
     * {@code Go.main} has not ended: its panic ends the program first); {@code close()} is
     * {@code shutdown()} then that wait (with no timeout, so under {@code Go.main} a wait for
     * tasks that can never end is Go's deadlock). Shutting one executor down touches no other
     * and no goroutine started by {@code go}. A task submitted after its program was torn down
     * (a panic or a deadlock, with the process kept alive) is rejected.
     *
     * @return a new executor whose tasks are goroutines of the calling program
     */
    public static ExecutorService executor() {
        return new GoroutineExecutor(Program.current());
    }

    /**
     * The name of the scheduler running goroutines: "gmp" or "jdk".
     *
     * @return "gmp" for go4j's G/M/P scheduler, "jdk" for the JDK's virtual-thread scheduler
     */
    public static String scheduler() {
        return Schedulers.current().name();
    }
}
