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
 */
public interface RecvChan<T> extends Iterable<T> {
    /**
     * Receives a value, blocking until one is available; null once the channel is closed and
     * drained (Go's zero value).
     *
     * @throws Interrupted when interrupted while blocked; nothing was received
     */
    T recv();

    /** Receives with ok, Go's {@code v, ok := <-c}. */
    Received<T> recvOk();

    /** Receives without blocking: null if it would block, else the value with ok. */
    Received<T> tryRecv();

    /** A select case receiving a value; the select yields the value. */
    Case<T> onRecv();

    /** A select case receiving a value and mapping it to the select's result. */
    <R> Case<R> onRecv(Function<? super T, ? extends R> then);

    /** A select case receiving with ok, Go's {@code case v, ok := <-c:}. */
    <R> Case<R> onRecvOk(BiFunction<? super T, Boolean, ? extends R> then);

    /** Number of buffered elements. */
    int len();

    /** Buffer capacity; 0 for an unbuffered (or nil) channel. */
    int cap();
}
