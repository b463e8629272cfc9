package go4j.synctest;

import go4j.Func;
import go4j.Interrupted;
import go4j.Panic;
import go4j.internal.runtime.Bubble;
import go4j.internal.runtime.G;

import java.util.Objects;

/**
 * Go 1.25's {@code testing/synctest}: tests of concurrent code on a fake clock.
 *
 * <p>{@link #test} runs its body as the first goroutine of an isolated <em>bubble</em>. The
 * goroutines it starts, and those they start, belong to the bubble; so do the channels, timers,
 * tickers and contexts made inside it. Time inside is fake: {@code Time.now()} starts at
 * 2000-01-01T00:00:00Z and moves only when every goroutine of the bubble is <em>durably
 * blocked</em>, that is, waiting for something only another goroutine of the bubble can
 * do: a send or receive on a bubble channel, a {@code select} over bubble channels, a nil
 * channel, {@code sync.Cond.await}, {@code sync.WaitGroup.await} on a WaitGroup the bubble
 * added to, {@code Time.sleep}, {@link #await}. A Mutex, I/O and anything outside go4j are
 * not durable (as in Go). So a test of a 30-second timeout takes microseconds and its outcome
 * does not depend on the machine's speed.
 *
 * <pre>{@code
 * Synctest.test(() -> {
 *     Instant start = Time.now();            // 2000-01-01T00:00:00Z
 *     go(() -> Time.sleep(Duration.ofSeconds(1)));
 *     Time.sleep(Duration.ofSeconds(2));     // the goroutine above finishes first
 *     assert Time.since(start).equals(Duration.ofSeconds(2));
 * });
 * }</pre>
 *
 * <p>{@link #test} returns once every goroutine of the bubble has exited. It throws, with Go's
 * message, when the bubble deadlocks: {@code Panic("deadlock: all goroutines in bubble are
 * blocked")} while the body still runs, {@code Panic("deadlock: main bubble goroutine has
 * exited but blocked goroutines remain")} after it returned; the goroutine dump of the bubble
 * is attached as a suppressed exception, and the bubble's goroutines are ended (they unwind as
 * by {@code goexit}). A panic or an assertion error escaping any goroutine of the bubble ends
 * the bubble the same way and is rethrown as it is. Using a bubble's channel from outside it
 * panics ({@code send on synctest channel from outside bubble}, and its receive, close and
 * select twins), as does stopping or resetting its timers ({@code stop of synctest timer from
 * outside bubble}); calling {@link #test} inside a bubble panics
 * ({@code synctest.Run called from within a synctest bubble}).
 */
public final class Synctest {
    private Synctest() {
    }

    /**
     * Go's {@code synctest.Test}: runs {@code body} in a new bubble and waits until every
     * goroutine of the bubble has exited.
     *
     * @param body the test; the bubble's main goroutine
     * @throws Panic on a deadlock of the bubble, or when called inside a bubble
     * @throws Interrupted if the calling thread is interrupted (the bubble's goroutines are
     *                     ended first)
     */
    public static void test(Runnable body) {
        Objects.requireNonNull(body, "body");
        if (Bubble.current() != null) {
            throw new Panic("synctest.Run called from within a synctest bubble");
        }
        Bubble.Outcome o = Bubble.run(body);
        if (o == null) {
            return;
        }
        if (o.failure() != null) {
            throw Synctest.<RuntimeException>sneaky(o.failure());
        }
        if (o.interrupted()) {
            throw new Interrupted("synctest.Test"); // the bubble's goroutines have been ended
        }
        Panic p = new Panic(o.deadlock());
        p.addSuppressed(new BubbleDump(o.dump()));
        throw p;
    }

    /**
     * {@link #test(Runnable)} for a body that may throw checked exceptions (rethrown as they
     * are, as a panic escaping the bubble is).
     *
     * @param body the test; the bubble's main goroutine
     * @throws Panic on a deadlock of the bubble, or when called inside a bubble
     */
    public static void test(Func body) {
        test((Runnable) body);
    }

    /**
     * Go's {@code synctest.Wait}: blocks until every other goroutine of the caller's bubble is
     * durably blocked (or has exited). The clock does not move meanwhile.
     *
     * <pre>{@code
     * Synctest.test(() -> {
     *     Cancelable c = Context.withCancel(Context.background());
     *     Chan<String> calls = new Chan<>(1);
     *     Context.afterFunc(c.context(), () -> calls.send("called"));
     *     c.cancel();
     *     Synctest.await();  // the afterFunc's goroutine has run
     *     assert calls.tryRecv() != null;
     * });
     * }</pre>
     *
     * @throws Panic "goroutine is not in a bubble" outside a bubble; "wait already in
     *               progress" if another goroutine of the bubble is in {@code await}
     * @throws Interrupted if the goroutine was interrupted while waiting
     */
    public static void await() {
        G g = G.current();
        Bubble b = Bubble.of(g);
        if (b == null) {
            throw new Panic("goroutine is not in a bubble");
        }
        String why = b.await(g);
        if (why == null) {
            return;
        }
        if (why.equals("interrupted")) {
            throw new Interrupted("synctest.Wait");
        }
        throw new Panic(why);
    }

    /** The goroutine dump of a deadlocked bubble, attached to the deadlock's panic. */
    private static final class BubbleDump extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BubbleDump(String dump) {
            super("the bubble's goroutines:\n\n" + dump, null, false, false);
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
