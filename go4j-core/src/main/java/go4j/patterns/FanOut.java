package go4j.patterns;

import go4j.Case;
import go4j.Chan;
import go4j.Received;
import go4j.RecvChan;
import go4j.context.Context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * Fan-out: one channel's values spread over several goroutines or channels.
 * {@link #fanOut} is the pipelines article's fan-out (several stages reading the same
 * channel, so the work is shared among them), {@link #split} hands each value to whichever
 * reader is ready first, and {@link #broadcast} gives every value to every reader (a tee).
 * Every output is closed when the input is closed and drained, or when the context is done.
 *
 * <pre>{@code
 * Context ctx = Context.background();
 * RecvChan<Integer> in = Generator.from(ctx, List.of(1, 2, 3, 4, 5, 6));
 * List<RecvChan<Integer>> squarers = FanOut.fanOut(ctx, in, 3, x -> x * x);
 * for (int sq : FanIn.merge(ctx, squarers)) {
 *     System.out.println(sq); // 1, 4, 9, 16, 25, 36 in some order
 * }
 * }</pre>
 */
public final class FanOut {
    private FanOut() {
    }

    /**
     * Starts {@code n} goroutines that each receive from {@code in}, apply {@code f} and send
     * the result on their own unbuffered output, returned in a list: each value of
     * {@code in} is handled by exactly one of them. Merge the outputs with
     * {@link FanIn#merge(Context, List)}.
     *
     * @param <T> the input's element type
     * @param <R> the outputs' element type
     * @param ctx when it is done, the goroutines stop and close their outputs
     * @param in  the channel the goroutines share
     * @param n   how many goroutines, and outputs
     * @param f   applied to each value of {@code in}, on the goroutine that received it
     * @return the {@code n} outputs, one per goroutine, in an unmodifiable list
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws NullPointerException     if an argument is null
     */
    public static <T, R> List<RecvChan<R>> fanOut(Context ctx, RecvChan<? extends T> in, int n,
                                                  Function<? super T, ? extends R> f) {
        check(ctx, in, n);
        Objects.requireNonNull(f, "f");
        List<RecvChan<R>> outs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outs.add(Pipeline.stage(ctx, in, f));
        }
        return Collections.unmodifiableList(outs);
    }

    /**
     * Starts one goroutine that hands each value of {@code in} to exactly one of {@code n}
     * unbuffered outputs, the first whose reader is ready (uniformly at random among the
     * ready ones, as Go's select chooses).
     *
     * @param <T> the element type
     * @param ctx when it is done, the goroutine stops and closes the outputs
     * @param in  the channel whose values are handed out
     * @param n   how many outputs
     * @return the {@code n} outputs, in an unmodifiable list
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws NullPointerException     if an argument is null
     */
    public static <T> List<RecvChan<T>> split(Context ctx, RecvChan<? extends T> in, int n) {
        check(ctx, in, n);
        List<Chan<T>> outs = channels(n);
        go(() -> {
            try {
                for (Received<? extends T> r; ctx.err() == null && (r = OrDone.recv(ctx, in)) != null && r.ok(); ) {
                    T v = r.value();
                    Case<Boolean>[] cases = newCases(n + 1);
                    for (int i = 0; i < n; i++) {
                        cases[i] = outs.get(i).onSend(v, () -> true);
                    }
                    cases[n] = ctx.done().onRecv(x -> false);
                    if (!select(cases)) {
                        return;
                    }
                }
            } finally {
                outs.forEach(Chan::close);
            }
        });
        return Collections.unmodifiableList(outs);
    }

    /**
     * Starts one goroutine that sends every value of {@code in} to each of {@code n}
     * unbuffered outputs, in whatever order their readers are ready; it moves to the next
     * value once every output has taken this one, so the slowest reader sets the pace.
     *
     * @param <T> the element type
     * @param ctx when it is done, the goroutine stops and closes the outputs
     * @param in  the channel whose values every output gets
     * @param n   how many outputs
     * @return the {@code n} outputs, in an unmodifiable list
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws NullPointerException     if an argument is null
     */
    public static <T> List<RecvChan<T>> broadcast(Context ctx, RecvChan<? extends T> in, int n) {
        check(ctx, in, n);
        List<Chan<T>> outs = channels(n);
        go(() -> {
            try {
                for (Received<? extends T> r; ctx.err() == null && (r = OrDone.recv(ctx, in)) != null && r.ok(); ) {
                    T v = r.value();
                    List<Chan<T>> waiting = new ArrayList<>(outs);
                    while (!waiting.isEmpty()) {
                        Case<Integer>[] cases = newCases(waiting.size() + 1);
                        for (int i = 0; i < waiting.size(); i++) {
                            int index = i;
                            cases[i] = waiting.get(i).onSend(v, () -> index);
                        }
                        cases[waiting.size()] = ctx.done().onRecv(x -> -1);
                        int sent = select(cases);
                        if (sent < 0) {
                            return;
                        }
                        waiting.remove(sent);
                    }
                }
            } finally {
                outs.forEach(Chan::close);
            }
        });
        return Collections.unmodifiableList(outs);
    }

    private static void check(Context ctx, RecvChan<?> in, int n) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(in, "in");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
    }

    private static <T> List<Chan<T>> channels(int n) {
        List<Chan<T>> outs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outs.add(new Chan<>());
        }
        return outs;
    }

    @SuppressWarnings("unchecked")
    private static <R> Case<R>[] newCases(int n) {
        return (Case<R>[]) new Case<?>[n];
    }
}
