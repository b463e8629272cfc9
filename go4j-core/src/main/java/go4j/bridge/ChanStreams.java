package go4j.bridge;

import go4j.RecvChan;
import go4j.Received;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A channel as a {@link Stream}: the values received from it, in the order received, until it
 * is closed and drained, Go's {@code for v := range c} with the Stream API's operations.
 *
 * <pre>{@code
 * Chan<Integer> c = new Chan<>(100);
 * go(() -> {
 *     for (int i = 1; i <= 100; i++) c.send(i);
 *     c.close();
 * });
 * int sum = ChanStreams.stream(c).mapToInt(Integer::intValue).sum(); // 5050, once c is closed
 * }</pre>
 */
public final class ChanStreams {
    private ChanStreams() {
    }

    /**
     * A sequential, ordered stream of the values received from {@code source}, one receive per
     * element, pulled as the terminal operation needs them: a short-circuiting operation
     * ({@code limit(n)}, {@code findFirst}, {@code anyMatch}) receives no more than it uses, and
     * leaves the rest in the channel for other receivers. An operation that needs every element
     * ({@code count}, {@code sorted}, {@code toList}) returns when the channel is closed and
     * drained, and waits as long as it stays open. Null values are elements, as in the channel.
     *
     * <p>The stream never splits: {@code parallel()} gets no parallelism from it, and the
     * values are still received one by one, in order, by the thread running the terminal
     * operation (which keeps a channel from being drained ahead by pool threads). Closing the
     * stream runs its {@code onClose} handlers and nothing else: it does not close the channel
     * (a receiver never closes a channel in Go) and stops no sender. A receive interrupted
     * while it waits throws {@link go4j.Interrupted} out of the terminal operation.
     *
     * @param <T> the channel's element type
     * @param source the channel to receive from
     * @return a sequential, ordered stream of the values received until the channel is closed
     * @throws NullPointerException if {@code source} is null
     */
    public static <T> Stream<T> stream(RecvChan<? extends T> source) {
        return StreamSupport.stream(new Receiver<T>(Objects.requireNonNull(source, "source")), false);
    }

    /** One receive per element; never splits. Used by one thread at a time, as any spliterator. */
    private static final class Receiver<T> implements Spliterator<T> {
        private final RecvChan<? extends T> source;

        Receiver(RecvChan<? extends T> source) {
            this.source = source;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action, "action");
            Received<? extends T> r = source.recvOk();
            if (!r.ok()) {
                return false; // closed and drained; and so it stays
            }
            action.accept(r.value());
            return true;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null; // splitting would receive values ahead, into batches for other threads
        }

        @Override
        public long estimateSize() {
            return Long.MAX_VALUE; // unknown
        }

        @Override
        public int characteristics() {
            return ORDERED;
        }
    }
}
