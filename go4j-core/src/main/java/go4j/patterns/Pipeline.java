package go4j.patterns;

import go4j.Chan;
import go4j.Received;
import go4j.RecvChan;
import go4j.context.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import static go4j.Go.go;

/**
 * Pipeline stages: each takes an input channel, starts one goroutine, and returns its output
 * channel, which it closes when the input is closed and drained or the context is done —
 * the {@code sq(done, in)} of Go's pipelines article. Stages compose by passing one's output
 * to the next; a linear pipeline keeps the order of its values.
 *
 * <pre>{@code
 * Context ctx = Context.background();
 * RecvChan<Integer> nums = Generator.from(ctx, List.of(1, 2, 3, 4));
 * RecvChan<Integer> squares = Pipeline.stage(ctx, nums, x -> x * x);
 * RecvChan<Integer> even = Pipeline.filter(ctx, squares, x -> x % 2 == 0);
 * System.out.println(Pipeline.collect(ctx, even)); // [4, 16]
 * }</pre>
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * A stage sending {@code f(v)} for each value {@code v} of {@code in}, in order, on the
     * returned unbuffered channel.
     *
     * @param <T> the input's element type
     * @param <R> the output's element type
     * @param ctx when it is done, the stage's goroutine stops and closes the output
     * @param in  the stage's input
     * @param f   applied to each value of {@code in}
     * @return the stage's output
     * @throws NullPointerException if an argument is null
     */
    public static <T, R> RecvChan<R> stage(Context ctx, RecvChan<? extends T> in,
                                           Function<? super T, ? extends R> f) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(f, "f");
        Chan<R> out = new Chan<>();
        go(() -> {
            try {
                for (Received<? extends T> r; ctx.err() == null && (r = OrDone.recv(ctx, in)) != null && r.ok(); ) {
                    if (!OrDone.send(ctx, out, f.apply(r.value()))) {
                        return;
                    }
                }
            } finally {
                out.close();
            }
        });
        return out;
    }

    /**
     * A stage passing on, in order, the values of {@code in} for which {@code keep} is true.
     *
     * @param <T>  the element type
     * @param ctx  when it is done, the stage's goroutine stops and closes the output
     * @param in   the stage's input
     * @param keep true for the values to pass on
     * @return the stage's output, an unbuffered channel
     * @throws NullPointerException if an argument is null
     */
    public static <T> RecvChan<T> filter(Context ctx, RecvChan<? extends T> in, Predicate<? super T> keep) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(keep, "keep");
        Chan<T> out = new Chan<>();
        go(() -> {
            try {
                for (Received<? extends T> r; ctx.err() == null && (r = OrDone.recv(ctx, in)) != null && r.ok(); ) {
                    if (keep.test(r.value()) && !OrDone.send(ctx, out, r.value())) {
                        return;
                    }
                }
            } finally {
                out.close();
            }
        });
        return out;
    }

    /**
     * The sink: receives on the calling goroutine (or thread) until {@code in} is closed and
     * drained or {@code ctx} is done, and returns what arrived, in order. Check
     * {@code ctx.err()} to tell a complete list from a cut-short one.
     *
     * @param <T> the element type
     * @param ctx when it is done, the receiving stops
     * @param in  the channel to drain
     * @return the values received, in order, in a new mutable list
     * @throws NullPointerException if an argument is null
     */
    public static <T> List<T> collect(Context ctx, RecvChan<? extends T> in) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(in, "in");
        List<T> got = new ArrayList<>();
        for (Received<? extends T> r; ctx.err() == null && (r = OrDone.recv(ctx, in)) != null && r.ok(); ) {
            got.add(r.value());
        }
        return got;
    }
}
