package go4j.preview;

import go4j.context.Context;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.function.BooleanSupplier;

/**
 * A {@link Context} and a {@link StructuredTaskScope}: {@link #join} is the scope's
 * {@code join()} ended early when the context is done first, as Go's {@code ctx.Done()} ends
 * the wait for a group of goroutines. Closing the scope then cancels its subtasks, as it does
 * after any {@code join} that did not complete.
 *
 * <pre>{@code
 * try (Cancelable c = Context.withTimeout(parent, Duration.ofSeconds(2));
 *      var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow())) {
 *     scope.fork(() -> fetch(c.context(), "a"));
 *     scope.fork(() -> fetch(c.context(), "b"));
 *     return ContextScopes.join(c.context(), scope).map(Subtask::get).toList();
 * } // CancellationException "context deadline exceeded" if the 2 s ran out first
 * }</pre>
 *
 * <p>The other direction needs no helper: a context opened in the same try-with-resources as
 * the scope ({@code Context.withCancel}) is canceled when the scope ends, and a subtask that
 * fails cancels the scope, which interrupts the others (with the default joiner).
 */
public final class ContextScopes {
    /*
     * Implementation overview (docs/adr/0008). The scope's join() ends early on one thing
     * only: an interrupt of its owner. So join() hooks f = "interrupt the owner, then count
     * fired down" on ctx with Context.afterFunc, calls scope.join(), and unhooks f with the
     * stop function afterFunc returned. The states of the hook, one claim each (afterFunc's
     * own once-CAS decides between the two paths):
     *
     *   HOOKED   afterFunc returned; f has not started.
     *   STOPPED  stop() claimed first (returned true): f never runs, no interrupt of ours can
     *            come. Whatever the flag says now, someone else set it; it is left alone.
     *   STARTED  ctx's cancel claimed first (stop() returns false): f runs, or will run, in a
     *            goroutine of its own; its interrupt may already have landed, may be landing,
     *            or may come after join() returned.
     *   FIRED    f's interrupt() has returned (fired counted down): nothing of ours comes after.
     *
     * The fired handshake: stop() returning false says f has *started*, not that its interrupt
     * has happened. Clearing the flag at once would race with it: the interrupt could land a
     * moment later, after join() returned, and the caller's next blocking call would throw.
     * So the owner first waits for FIRED, then clears the flag: now it is clear, and stays
     * so. That wait must itself ignore interrupts, since the interrupt it waits for may land
     * during it: a go4j Chan.recv() (the ADR's first sketch) would throw go4j.Interrupted
     * then, losing join()'s result and leaving the flag set; CountDownLatch.await() throws an
     * InterruptedException, which clears the flag and is retried.
     *
     * What the interrupt did to join(): scope.join() parks while subtasks run, and throws
     * InterruptedException (clearing the flag) when woken by one. It does not look at the
     * flag when nothing is left to wait for (no subtask running, or the joiner already
     * canceled the scope): then it returns the joiner's result with the flag still set, and
     * the handshake is what clears it. A join() ended by our interrupt is reported as the
     * context's end (CancellationException, the cause chained), never as an
     * InterruptedException, which to a Java caller means "your thread was interrupted" and
     * invites Thread.currentThread().interrupt(): a flag set for nothing, which the next
     * blocking call would trip on.
     *
     * One bit cannot tell two interrupts apart: another thread's interrupt landing in the
     * same moment as f's (between the context's end and FIRED) is taken for f's.
     */
    private ContextScopes() {
    }

    /**
     * Calls {@code scope.join()}, ending it early when {@code ctx} is done first: the owner's
     * wait is interrupted, and this throws {@link CancellationException}. That interrupt is
     * this method's own: none outlives it, so whether this returns or throws, the owner's
     * interrupt flag is what {@code scope.join()} alone would leave (clear, unless another
     * thread interrupts the owner; one that does so in the moment {@code ctx}'s hook fires is
     * cleared with the hook's own, since a flag cannot tell two interrupts apart). Closing the scope (try-with-resources) then cancels its
     * unfinished subtasks and waits for them.
     *
     * <p>When {@code ctx} is done first, this throws {@code CancellationException} (unchecked,
     * as the scope's own timeout and failure exceptions are) whose message is
     * {@code ctx.err()}'s ({@code "context canceled"}, {@code "context deadline exceeded"})
     * and whose cause is Go's {@code context.Cause(ctx)}: the cause given to
     * {@link go4j.context.Cancelable#cancel(Throwable)} or the deadline's, else
     * {@code ctx.err()} itself ({@link Context#CANCELED}, or {@link Context#DEADLINE_EXCEEDED},
     * a {@link go4j.context.Timeout}). {@code ctx.err()} tells which:
     *
     * <pre>{@code
     * try {
     *     return ContextScopes.join(ctx, scope);
     * } catch (CancellationException e) {
     *     if (ctx.err() == Context.DEADLINE_EXCEEDED) { ... } // Go's DeadlineExceeded
     *     throw e;
     * }
     * }</pre>
     *
     * <p>It is not an {@code InterruptedException}: nobody interrupted the caller, so there is
     * no interrupt to restore. An {@code InterruptedException} still means one: the owner
     * interrupted by another thread while the context was live (the flag then cleared, as
     * {@code join()} leaves it). A join that had nothing left to wait for when the context
     * ended (every subtask finished, or the joiner canceled the scope) returns its result: the
     * work is done; read {@code ctx.err()} if a late end matters. Every other outcome of
     * {@code scope.join()} (its result, {@code FailedException}, {@code TimeoutException},
     * {@code IllegalStateException}, {@code WrongThreadException}) passes through unchanged.
     *
     * <p>A context already done when this is called ends the join at once in the same way. A
     * context that is never done ({@link Context#background()}) makes this
     * {@code scope.join()}.
     *
     * @param <R>   the joiner's result type
     * @param ctx   the context whose end ends the join
     * @param scope the scope to join; the caller must be its owner, as for {@code join()}
     * @return what {@code scope.join()} returned: the joiner's result
     * @throws CancellationException if {@code ctx} was done before the join completed; its
     *                               cause is {@code Context.cause(ctx)}
     * @throws InterruptedException  if the owner was interrupted by another thread while
     *                               waiting, with {@code ctx} not done
     * @throws NullPointerException  if {@code ctx} or {@code scope} is null (nothing is
     *                               joined or hooked then)
     */
    public static <R> R join(Context ctx, StructuredTaskScope<?, ? extends R> scope)
            throws InterruptedException {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(scope, "scope");
        Thread owner = Thread.currentThread();
        CountDownLatch fired = new CountDownLatch(1);
        BooleanSupplier stop = Context.afterFunc(ctx, () -> {
            owner.interrupt();
            fired.countDown(); // after the interrupt: FIRED means it has landed
        });
        R result;
        try {
            result = scope.join();
        } catch (InterruptedException e) {
            if (stop.getAsBoolean()) {
                throw e; // STOPPED: not ours, another thread interrupted the owner
            }
            awaitFiredAndClear(fired);
            // f started, so ctx is done and err() is set (a context written by hand that
            // breaks that promise still gets Go's word for it)
            RuntimeException err = Objects.requireNonNullElse(ctx.err(), Context.CANCELED);
            CancellationException done = new CancellationException(err.getMessage());
            done.initCause(Objects.requireNonNullElse(Context.cause(ctx), err));
            throw done;
        } catch (Throwable t) {
            if (!stop.getAsBoolean()) {
                awaitFiredAndClear(fired);
            }
            throw t;
        }
        if (!stop.getAsBoolean()) {
            awaitFiredAndClear(fired); // joined, but the context ended meanwhile
        }
        return result;
    }

    /** Waits, ignoring interrupts, until f's interrupt has landed (FIRED); then clears the flag. */
    private static void awaitFiredAndClear(CountDownLatch fired) {
        for (;;) {
            try {
                fired.await();
                break;
            } catch (InterruptedException e) {
                // f's interrupt landing during the wait (await cleared it): wait on
            }
        }
        Thread.interrupted();
    }
}
