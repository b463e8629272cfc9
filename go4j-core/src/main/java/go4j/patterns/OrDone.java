package go4j.patterns;

import go4j.Chan;
import go4j.Received;
import go4j.RecvChan;
import go4j.SendChan;
import go4j.context.Context;

import java.util.Objects;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * A channel operation that also gives up when a context is done: the two selects every
 * goroutine of a pattern is built from.
 *
 * <pre>{@code
 * Chan<Integer> results = new Chan<>(); // nobody will ever send or receive on it
 * try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMillis(10))) {
 *     boolean sent = OrDone.send(c.context(), results, 42);      // false, after 10 ms
 *     Received<Integer> got = OrDone.recv(c.context(), results); // null: the context is done
 * }
 * }</pre>
 */
public final class OrDone {
    private OrDone() {
    }

    /**
     * Sends {@code value} on {@code out} unless {@code ctx} is done first, Go's
     * <pre>{@code select { case out <- value: return true; case <-ctx.Done(): return false }}</pre>
     * When both are ready, one is chosen at random, as in Go.
     *
     * @param <T>   the element type
     * @param ctx   the context whose end stops the wait
     * @param out   the channel to send on
     * @param value the value to send
     * @return true if the value was sent, false if the context was done instead
     * @throws go4j.Panic "send on closed channel" if {@code out} is closed
     */
    public static <T> boolean send(Context ctx, SendChan<T> out, T value) {
        return select(out.onSend(value, () -> true), ctx.done().onRecv(x -> false));
    }

    /**
     * Receives from {@code in} unless {@code ctx} is done first, Go's
     * <pre>{@code select { case v, ok := <-in: ...; case <-ctx.Done(): ... }}</pre>
     *
     * @param <T> the element type
     * @param ctx the context whose end stops the wait
     * @param in  the channel to receive from
     * @return the value with ok (ok is false once {@code in} is closed and drained), or null
     *         if the context was done instead
     */
    public static <T> Received<T> recv(Context ctx, RecvChan<T> in) {
        return select(in.onRecvOk(OrDone::received), ctx.done().onRecv(x -> null));
    }

    private static <T> Received<T> received(T value, boolean ok) {
        return new Received<>(value, ok);
    }

    /**
     * A channel carrying {@code in}'s values until {@code in} is closed or {@code ctx} is
     * done, then closed: Cox-Buday's {@code orDone}, so that a consumer can write a plain
     * for-each and still stop with the context.
     *
     * <pre>{@code
     * for (Integer v : OrDone.orDone(ctx, in)) {
     *     use(v); // ends when in is closed or ctx is done
     * }
     * }</pre>
     *
     * @param <T> the element type
     * @param ctx when it is done, the forwarding goroutine stops and closes the channel
     * @param in  the channel whose values are passed on
     * @return an unbuffered channel with {@code in}'s values
     * @throws NullPointerException if an argument is null
     */
    public static <T> RecvChan<T> orDone(Context ctx, RecvChan<? extends T> in) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(in, "in");
        Chan<T> out = new Chan<>();
        go(() -> {
            try {
                forward(ctx, in, out);
            } finally {
                out.close();
            }
        });
        return out;
    }

    /**
     * Moves values from {@code in} to {@code out} until {@code in} is closed or {@code ctx}
     * is done; does not close {@code out}.
     */
    static <T> void forward(Context ctx, RecvChan<? extends T> in, SendChan<T> out) {
        for (Received<? extends T> r; ctx.err() == null && (r = recv(ctx, in)) != null && r.ok(); ) {
            if (!send(ctx, out, r.value())) {
                return;
            }
        }
    }
}
