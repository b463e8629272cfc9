package go4j.patterns;

import go4j.Chan;
import go4j.RecvChan;
import go4j.context.Context;
import go4j.sync.WaitGroup;

import java.util.List;
import java.util.Objects;

import static go4j.Go.go;

/**
 * Fan-in: many channels merged into one, the {@code merge} of Go's pipelines article. One
 * goroutine per input forwards its values; a last goroutine waits for them all and closes
 * the output, so it is closed exactly once, after every input is closed and drained (or the
 * context is done). Values from one input keep their order; values from different inputs
 * interleave as they arrive.
 *
 * <pre>{@code
 * Context ctx = Context.background();
 * RecvChan<String> a = Generator.from(ctx, List.of("a1", "a2"));
 * RecvChan<String> b = Generator.from(ctx, List.of("b1", "b2"));
 * for (String s : FanIn.merge(ctx, a, b)) {
 *     System.out.println(s); // a1 before a2, b1 before b2, in some interleaving
 * }
 * }</pre>
 */
public final class FanIn {
    private FanIn() {
    }

    /**
     * Merges {@code inputs} into the returned unbuffered channel, closed once every input is
     * closed and drained or {@code ctx} is done. With no inputs it is closed at once.
     *
     * @param <T>    the element type of the merged channel
     * @param ctx    when it is done, the forwarding goroutines stop and the output is closed
     * @param inputs the channels to merge
     * @return the merged channel
     * @throws NullPointerException if an argument or an input is null
     */
    @SafeVarargs
    public static <T> RecvChan<T> merge(Context ctx, RecvChan<? extends T>... inputs) {
        return merge(ctx, List.of(inputs));
    }

    /**
     * Merges {@code inputs} into the returned unbuffered channel, closed once every input is
     * closed and drained or {@code ctx} is done. With no inputs it is closed at once.
     *
     * @param <T>    the element type of the merged channel
     * @param ctx    when it is done, the forwarding goroutines stop and the output is closed
     * @param inputs the channels to merge
     * @return the merged channel
     * @throws NullPointerException if an argument or an input is null
     */
    public static <T> RecvChan<T> merge(Context ctx, List<? extends RecvChan<? extends T>> inputs) {
        Objects.requireNonNull(ctx, "ctx");
        List<? extends RecvChan<? extends T>> ins = List.copyOf(inputs); // null inputs throw here
        Chan<T> out = new Chan<>();
        WaitGroup wg = new WaitGroup();
        wg.add(ins.size());
        for (RecvChan<? extends T> in : ins) {
            go(() -> {
                try {
                    OrDone.forward(ctx, in, out);
                } finally {
                    wg.done();
                }
            });
        }
        go(() -> {
            wg.await();
            out.close();
        });
        return out;
    }
}
