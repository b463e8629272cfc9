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
 */
public interface SendChan<T> {
    /**
     * Sends {@code value}, blocking until a receiver takes it or buffer space is free.
     *
     * @throws Panic       "send on closed channel", also when the channel is closed while
     *                     this send waits
     * @throws Interrupted when interrupted while blocked; nothing was sent
     */
    void send(T value);

    /** Sends without blocking: true if sent, false if the send would block. */
    boolean trySend(T value);

    /**
     * Closes the channel: receivers drain the buffer, then get (null, false); waiting
     * senders panic.
     *
     * @throws Panic "close of closed channel", "close of nil channel"
     */
    void close();

    /** A select case sending {@code value}; it yields null. */
    Case<Void> onSend(T value);

    /** A select case sending {@code value}, then running {@code then} for the select's result. */
    <R> Case<R> onSend(T value, Supplier<? extends R> then);

    /** Number of buffered elements. */
    int len();

    /** Buffer capacity; 0 for an unbuffered (or nil) channel. */
    int cap();
}
