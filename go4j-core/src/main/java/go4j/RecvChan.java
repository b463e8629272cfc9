package go4j;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The receive-only view of a channel, Go's {@code <-chan T}. Iterating it is Go's
 * {@code for v := range c}: it receives until the channel is closed and drained.
 *
 * <pre>{@code
 * static int sum(RecvChan<Integer> in) {
 *     int s = 0;
 *     for (Integer v : in) {
 *         s += v;
 *     }
 *     return s;
 * }
 * }</pre>
 *
 * @param <T> the element type
 */
public interface RecvChan<T> extends Iterable<T> {
    /**
     * Receives a value, blocking until one is available; null once the channel is closed and
     * drained (Go's zero value).
     *
     * @return the value received, or null once the channel is closed and drained
     * @throws Interrupted when interrupted while blocked; nothing was received
     */
    T recv();

    /**
     * Receives with ok, Go's {@code v, ok := <-c}.
     *
     * @return the value and ok; ok is false once the channel is closed and drained
     */
    Received<T> recvOk();

    /**
     * Receives without blocking: null if it would block, else the value with ok.
     *
     * @return null if no value is ready and the channel is open, else the value with ok
     */
    Received<T> tryRecv();

    /**
     * A select case receiving a value; the select yields the value.
     *
     * @return the case, to pass to {@link Go#select}
     */
    Case<T> onRecv();

    /**
     * A select case receiving a value and mapping it to the select's result.
     *
     * @param <R>  the select's result type
     * @param then maps the value received (null once closed and drained) to the select's result
     * @return the case, to pass to {@link Go#select}
     */
    <R> Case<R> onRecv(Function<? super T, ? extends R> then);

    /**
     * A select case receiving with ok, Go's {@code case v, ok := <-c:}.
     *
     * @param <R>  the select's result type
     * @param then maps the value and ok (false once closed and drained) to the select's result
     * @return the case, to pass to {@link Go#select}
     */
    <R> Case<R> onRecvOk(BiFunction<? super T, Boolean, ? extends R> then);

    /**
     * Number of buffered elements.
     *
     * @return how many elements are buffered now, as Go's {@code len(c)}
     */
    int len();

    /**
     * Buffer capacity; 0 for an unbuffered (or nil) channel.
     *
     * @return the channel's capacity, as Go's {@code cap(c)}
     */
    int cap();
}
