package go4j.patterns;

import go4j.Chan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * Bounded parallelism: {@code f} applied to every item on goroutines, at most {@code limit}
 * at a time, results in the items' order. Go's idiom of a semaphore channel of capacity
 * {@code limit} (a goroutine takes a slot by sending, gives it back by receiving) and a
 * WaitGroup, with errgroup's rule for failures: the first exception stops new items from
 * starting and is thrown once the running ones have finished.
 *
 * <pre>{@code
 * List<String> urls = List.of("a", "bb", "ccc");
 * List<Integer> sizes = ParallelMap.map(Context.background(), urls, 2, String::length);
 * System.out.println(sizes); // [1, 2, 3]
 * }</pre>
 */
public final class ParallelMap {
    private ParallelMap() {
    }

    /**
     * Applies {@code f} to each of {@code items} in goroutines, no more than {@code limit} at
     * once, waits for them, and returns the results in the items' order. Items start in
     * order. Returns normally only when every item was mapped.
     *
     * @param <T>   the items' type
     * @param <R>   the results' type
     * @param ctx   when it is done, no more items start
     * @param items the items to map
     * @param limit the most goroutines running {@code f} at once
     * @param f     the function applied to each item
     * @return {@code f} of each item, in the items' order
     * @throws IllegalArgumentException if {@code limit < 1}
     * @throws NullPointerException     if an argument is null
     * @throws RuntimeException         the first exception (or error) thrown by {@code f}:
     *                                  no item starts after it, and it is thrown after the
     *                                  running ones have returned; else, if {@code ctx} was
     *                                  done before every item started, {@code ctx.err()}
     */
    public static <T, R> List<R> map(Context ctx, List<? extends T> items, int limit,
                                     Function<? super T, ? extends R> f) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(f, "f");
        List<? extends T> in = new ArrayList<>(Objects.requireNonNull(items, "items"));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Object[] out = new Object[in.size()];
        AtomicReference<Throwable> first = new AtomicReference<>();
        Chan<Void> sem = new Chan<>(limit);
        WaitGroup wg = new WaitGroup();
        int started = 0;
        try (Cancelable stop = Context.withCancel(ctx)) {
            Context inner = stop.context(); // canceled by the first failure
            for (int i = 0; i < in.size(); i++) {
                boolean slot = inner.err() == null
                        && select(sem.onSend(null, () -> true), inner.done().onRecv(x -> false));
                if (!slot) {
                    break;
                }
                int index = i;
                T item = in.get(i);
                wg.add(1);
                started++;
                go(() -> {
                    try {
                        out[index] = f.apply(item);
                    } catch (Throwable t) {
                        if (first.compareAndSet(null, t)) {
                            stop.cancel();
                        }
                    } finally {
                        sem.recv();
                        wg.done();
                    }
                });
            }
            wg.await(); // out[] is complete and visible after this
        }
        Throwable t = first.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) { // a checked exception thrown sneakily
            throw new RuntimeException(t);
        }
        if (started < in.size()) { // only a done ctx stops the loop early when nothing failed
            RuntimeException err = ctx.err();
            throw err != null ? err : Context.CANCELED;
        }
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return result;
    }
}
