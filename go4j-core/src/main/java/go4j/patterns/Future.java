package go4j.patterns;

import go4j.Chan;
import go4j.RecvChan;

import java.util.Objects;
import java.util.function.Supplier;

import static go4j.Go.go;

/**
 * A future as Go writes one: start the work in a goroutine now, get a receive-only channel
 * that will carry its one result — the seed's {@code execQuery} shape. Receive it when it is
 * needed, or wait for it in a {@code select} next to a timeout or a context.
 *
 * <pre>{@code
 * RecvChan<String> result = Future.start(() -> "result of select * from t");
 * // ... do other things meanwhile ...
 * String r = select(
 *     result.onRecv(v -> v),
 *     Time.after(Duration.ofSeconds(1)).onRecv(t -> "timed out"));
 * System.out.println(r);
 * }</pre>
 *
 * <p>The channel has a buffer of one, so the goroutine never waits for a receiver: it ends
 * as soon as the work does, even if nobody ever receives (no leak). The name is Go's word;
 * it is not a {@link java.util.concurrent.Future}.
 */
public final class Future {
    private Future() {
    }

    /**
     * Starts {@code work} in a new goroutine and returns a channel buffered for one value on
     * which its result is sent; the channel is then closed, so a second receive gets null
     * (ok = false). If {@code work} throws, the channel is closed without a value and the
     * exception escapes the goroutine, as a panic escapes a Go goroutine.
     *
     * @param <T>  the result's type
     * @param work the work to run in the new goroutine; its result is sent on the channel
     * @return the channel that carries the one result, then is closed
     * @throws NullPointerException if {@code work} is null
     */
    public static <T> RecvChan<T> start(Supplier<? extends T> work) {
        Objects.requireNonNull(work, "work");
        Chan<T> result = new Chan<>(1);
        go(() -> {
            try {
                result.send(work.get()); // never blocks: the buffer is empty and ours alone
            } finally {
                result.close();
            }
        });
        return result;
    }
}
