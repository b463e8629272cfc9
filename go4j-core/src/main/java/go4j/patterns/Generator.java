package go4j.patterns;

import go4j.Chan;
import go4j.RecvChan;
import go4j.context.Context;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;

import static go4j.Go.go;

/**
 * Generators: a goroutine that sends values on a channel it returns, until its context is
 * done (or, for {@link #from}, until the values run out), and then closes the channel. The
 * seed's {@code Generater(done)}, with a context in place of the done channel:
 *
 * <pre>{@code
 * try (Cancelable c = Context.withCancel(Context.background())) {
 *     int[] n = {0};
 *     RecvChan<Integer> naturals = Generator.generate(c.context(), () -> n[0]++);
 *     for (int i = 0; i < 3; i++) {
 *         System.out.println(naturals.recv()); // 0, 1, 2
 *     }
 * } // cancel: the generator's goroutine returns and closes naturals
 * }</pre>
 */
public final class Generator {
    private Generator() {
    }

    /**
     * Starts a goroutine that sends {@code next.get()}, again and again, on the returned
     * unbuffered channel until {@code ctx} is done, then closes it. {@code next} runs on that
     * goroutine only, one call at a time, and each value is computed before the send that
     * waits for a receiver: when the context ends that wait, the last value is dropped.
     *
     * @param <T>  the element type
     * @param ctx  when it is done, the goroutine stops and closes the channel
     * @param next makes each value to send
     * @return the channel the values are sent on
     * @throws NullPointerException if an argument is null
     */
    public static <T> RecvChan<T> generate(Context ctx, Supplier<? extends T> next) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(next, "next");
        Chan<T> out = new Chan<>();
        go(() -> {
            try {
                while (ctx.err() == null && OrDone.send(ctx, out, next.get())) {
                    // each turn: one value produced, one value sent
                }
            } finally {
                out.close();
            }
        });
        return out;
    }

    /**
     * Starts a goroutine that sends the values of {@code values}, in order, on the returned
     * unbuffered channel and closes it after the last one, or as soon as {@code ctx} is done.
     * The iterator is used on that goroutine only.
     *
     * <pre>{@code
     * RecvChan<String> words = Generator.from(Context.background(), List.of("a", "b", "c"));
     * for (String w : words) {
     *     System.out.println(w); // a, b, c; then the loop ends: words is closed
     * }
     * }</pre>
     *
     * @param <T>    the element type
     * @param ctx    when it is done, the goroutine stops and closes the channel
     * @param values the values to send, in their iteration order
     * @return the channel the values are sent on
     * @throws NullPointerException if an argument is null
     */
    public static <T> RecvChan<T> from(Context ctx, Iterable<? extends T> values) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(values, "values");
        Chan<T> out = new Chan<>();
        go(() -> {
            try {
                Iterator<? extends T> it = values.iterator();
                while (ctx.err() == null && it.hasNext() && OrDone.send(ctx, out, it.next())) {
                    // each turn: one value sent
                }
            } finally {
                out.close();
            }
        });
        return out;
    }
}
