package go4j.sync;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.internal.runtime.Goexit;
import go4j.internal.runtime.Program;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Go's {@code errgroup.Group} (golang.org/x/sync/errgroup): goroutines working on subtasks
 * of one task, with the first error kept and, for a group made by {@link #withContext},
 * a context canceled at the first error or when {@link #await} returns. A group made by
 * {@code new ErrGroup()} has no limit and no context.
 *
 * <p>A task is a lambda that may throw and need not return: a {@link Task}
 * ({@code () -> { copy(src, dst); }}), or a {@link Callable} whose result is ignored
 * ({@code () -> fetch(url)}). Go's task returns an error; here it throws it:
 * <ul>
 *   <li>an {@link Exception} the task throws, checked or not, is its error, as it is (Go's
 *       non-nil error): the first one is what {@link #await} returns;
 *   <li>a {@link Panic} (go4j's run-time panics, Go's message) and an {@link Error} are not
 *       error values: they escape the task's goroutine as a panic does in Go's errgroup, which
 *       does not recover them. Under {@code Go.main} that ends the program before
 *       {@link #await} returns; outside it, the goroutine's report is printed and the task
 *       counts as done so that {@code await} returns.
 * </ul>
 *
 * <pre>{@code
 * static Exception fetchAll(List<String> urls, BiFunction<Context, String, String> fetch) {
 *     ErrGroup g = ErrGroup.withContext(Context.background());
 *     Context ctx = g.context();
 *     for (String url : urls) {
 *         g.go(() -> fetch.apply(ctx, url));
 *     }
 *     return g.await(); // the first failure, or null; ctx is canceled either way
 * }
 * }</pre>
 */
public final class ErrGroup {
    /*
     * Implementation overview: errgroup.go, on go4j's primitives.
     *
     * Invariants:
     *   - wg counts the goroutines started by go/tryGo that have not finished;
     *   - with a limit, sem (a channel of capacity n) holds one token per active goroutine:
     *     go sends one before starting (blocking, as Go's g.sem <- token{}), tryGo sends
     *     without blocking, and the goroutine takes it back when it ends. Each goroutine
     *     returns its token to the channel it took it from, so that changing the limit to
     *     "none" and back while goroutines run cannot strand one (errgroup reads g.sem anew);
     *   - err is written once, by the first task to fail, before the context is canceled
     *     with it as the cause (errOnce.Do in Go). wg's await orders that write before
     *     await reads it.
     *
     * Failures: an Exception thrown by a task is its error (Go's non-nil error). A Panic (a
     * RuntimeException, but go4j's word for Go's run-time panic) and an Error are not error
     * values: like a panic in errgroup since the propagation of panics was reverted
     * (golang/go#53757), they escape the goroutine as an unrecovered panic does. As in
     * WaitGroup.go, the goroutine then counts as done only outside Go.main (the process lives
     * on, await must return): inside it, done first would let a waiting main goroutine return
     * and the program end as if nothing had failed, before the panic is reported
     * (golang/go#74702). Goexit ends the task normally (Go's deferred done runs).
     */
    private static final Object TOKEN = new Object();

    private final Cancelable cancel;                  // the derived context's cancel; null for new ErrGroup()
    private final WaitGroup wg = new WaitGroup();     // active goroutines
    private volatile Chan<Object> sem;                // one token per active goroutine; null: no limit
    private final AtomicReference<Exception> err = new AtomicReference<>(); // the first error

    /** A group with no limit that cancels nothing: Go's zero {@code errgroup.Group}. */
    public ErrGroup() {
        this.cancel = null;
    }

    private ErrGroup(Cancelable cancel) {
        this.cancel = cancel;
    }

    /**
     * A task that returns nothing and may throw: Go's {@code func() error} written as Java
     * writes it, the error thrown rather than returned. A block lambda without a
     * {@code return} is one ({@code g.go(() -> { Files.copy(src, dst); })}); an expression
     * lambda or method reference fits {@link Callable} as well and means the same. As a
     * Callable, {@link #call()} runs it and returns null.
     *
     * <pre>{@code
     * List<Path> paths = List.of(Path.of("a.tmp"), Path.of("b.tmp"));
     * ErrGroup g = new ErrGroup();
     * for (Path p : paths) {
     *     g.go(() -> {
     *         Files.delete(p);                 // its IOException is the group's error
     *     });
     * }
     * Exception err = g.await();
     * }</pre>
     */
    @FunctionalInterface
    public interface Task extends Callable<Void> {
        /**
         * Runs the task; what it throws is its error (a {@link Panic} or {@link Error} is a panic).
         *
         * @throws Exception the task's error
         */
        void run() throws Exception;

        /** Runs the task and returns null. */
        @Override
        default Void call() throws Exception {
            run();
            return null;
        }
    }

    /**
     * A new group and its context, derived from {@code parent} (Go's
     * {@code errgroup.WithContext}): the context is canceled the first time a task fails,
     * with that error as its cause, or the first time {@link #await} returns, whichever
     * comes first. Get it with {@link #context()}.
     *
     * @param parent the context the group's context derives from
     * @return the new group, with no limit
     * @throws NullPointerException if {@code parent} is null
     */
    public static ErrGroup withContext(Context parent) {
        return new ErrGroup(Context.withCancelCause(parent));
    }

    /**
     * The group's context, from {@link #withContext}; null for a group made by {@code new}.
     *
     * @return the context canceled at the first error or when {@link #await} returns, or null
     */
    public Context context() {
        return cancel == null ? null : cancel.context();
    }

    /**
     * Runs {@code f} in a new goroutine (Go's {@code Go}). With a limit, blocks until the new
     * goroutine can start without exceeding it. The first task to throw fails the group: its
     * exception is what {@link #await} returns, and it cancels the group's context.
     *
     * @param f the task; an exception it throws is its error
     * @throws NullPointerException if {@code f} is null
     * @throws go4j.Interrupted if interrupted while waiting for the limit; nothing started
     */
    public void go(Callable<?> f) {
        Objects.requireNonNull(f, "f");
        Chan<Object> s = sem;
        if (s != null) {
            s.send(TOKEN);
        }
        start(f, s);
    }

    /**
     * {@link #go(Callable)} for a task that returns nothing: {@code g.go(() -> { work(); })}
     * needs no {@code return null}. What {@code f} throws is its error, as for a Callable.
     *
     * @param f the task; what it throws is its error
     * @throws NullPointerException if {@code f} is null
     * @throws go4j.Interrupted if interrupted while waiting for the limit; nothing started
     */
    public void go(Task f) {
        go((Callable<?>) f);
    }

    /**
     * Runs {@code f} in a new goroutine only if the number of active goroutines is below the
     * limit (Go's {@code TryGo}); returns whether it started.
     *
     * @param f the task; an exception it throws is its error
     * @return true if the goroutine started, false if the limit was reached
     * @throws NullPointerException if {@code f} is null
     */
    public boolean tryGo(Callable<?> f) {
        Objects.requireNonNull(f, "f");
        Chan<Object> s = sem;
        if (s != null && !s.trySend(TOKEN)) {
            return false;
        }
        start(f, s);
        return true;
    }

    /**
     * {@link #tryGo(Callable)} for a task that returns nothing.
     *
     * @param f the task; what it throws is its error
     * @return true if the task was started, false if the limit was reached
     * @throws NullPointerException if {@code f} is null
     */
    public boolean tryGo(Task f) {
        return tryGo((Callable<?>) f);
    }

    private void start(Callable<?> f, Chan<Object> s) {
        wg.add(1);
        Go.go(() -> {
            boolean finished = false;
            try {
                f.call();
                finished = true;
            } catch (Panic p) {
                throw p; // a panic, not an error value: it escapes (see the class comment)
            } catch (Exception e) {
                finished = true;
                if (err.compareAndSet(null, e) && cancel != null) {
                    cancel.cancel(e);
                }
            } catch (Goexit e) {
                finished = true; // Go's deferred g.done() runs
                throw e;
            } finally {
                if (s != null) {
                    s.recv();
                }
                if (finished || Program.current() == Program.FREE) {
                    wg.done();
                }
            }
        });
    }

    /**
     * Waits until every task started by {@link #go} and {@link #tryGo} has returned, then
     * cancels the group's context and returns the first error, or null (Go's {@code Wait}).
     *
     * @return the exception of the first task that failed, or null if none did
     * @throws go4j.Interrupted if interrupted while waiting
     */
    public Exception await() {
        wg.await();
        Exception e = err.get();
        if (cancel != null) {
            cancel.cancel(e);
        }
        return e;
    }

    /**
     * Limits the number of active goroutines to {@code n}; negative means no limit (Go's
     * {@code SetLimit}). With a limit of 0 no goroutine can start: {@link #go} blocks and
     * {@link #tryGo} returns false. The limit must not change while goroutines are active.
     *
     * @param n the most goroutines active at once, or a negative number for no limit
     * @throws Panic "errgroup: modify limit while N goroutines in the group are still active"
     */
    public void setLimit(int n) {
        if (n < 0) {
            sem = null;
            return;
        }
        Chan<Object> s = sem;
        int active = s == null ? 0 : s.len();
        if (active != 0) {
            throw new Panic("errgroup: modify limit while " + active + " goroutines in the group are still active");
        }
        sem = new Chan<>(n);
    }
}
