package go4j;

import java.util.function.Supplier;

/**
 * The send-only view of a channel, Go's {@code chan<- T}.
 *
 * <pre>{@code
 * static void produce(SendChan<Integer> out) {
 *     for (int i = 0; i < 3; i++) {
 *         out.send(i);
 *     }
 *     out.close();
 * }
 * }</pre>
 *
 * @param <T> the element type
 */
public interface SendChan<T> {
    /**
     * Sends {@code value}, blocking until a receiver takes it or buffer space is free.
     *
     * @param value the value to send; null is a legal element
     * @throws Panic       "send on closed channel", also when the channel is closed while
     *                     this send waits
     * @throws Interrupted when interrupted while blocked; nothing was sent
     */
    void send(T value);

    /**
     * Sends without blocking: true if sent, false if the send would block.
     *
     * @param value the value to send; null is a legal element
     * @return true if a receiver or the buffer took the value, false if the send would block
     */
    boolean trySend(T value);

    /**
     * Closes the channel: receivers drain the buffer, then get (null, false); waiting
     * senders panic.
     *
     * @throws Panic "close of closed channel", "close of nil channel"
     */
    void close();

    /**
     * A select case sending {@code value}; it yields null.
     *
     * @param value the value to send if the case is chosen
     * @return the case, to pass to {@link Go#select}
     */
    Case<Void> onSend(T value);

    /**
     * A select case sending {@code value}, then running {@code then} for the select's result.
     *
     * @param <R>   the select's result type
     * @param value the value to send if the case is chosen
     * @param then  runs after the send; what it returns, the select returns
     * @return the case, to pass to {@link Go#select}
     */
    <R> Case<R> onSend(T value, Supplier<? extends R> then);

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
