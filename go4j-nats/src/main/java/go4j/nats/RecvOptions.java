package go4j.nats;

import go4j.context.Context;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link NatsRecv} consumes: its lifetime, the in-flight window, redelivery and the dead
 * letter. Immutable; each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * RecvOptions opts = RecvOptions.defaults()
 *     .context(ctx)                      // cancel it: the endpoint stops
 *     .maxAckPending(64)                 // at most 64 messages handed out and not yet answered
 *     .ackWait(Duration.ofSeconds(5))    // unanswered that long: delivered again
 *     .maxDeliver(3)                     // the 4th delivery goes to the dead letter instead
 *     .deadLetter("dead.jobs");
 * }</pre>
 *
 * @param context           stops the endpoint when done (default: background, never)
 * @param maxAckPending     the server hands out at most this many unanswered messages to the
 *                          consumer, all its endpoints together (default 256)
 * @param ackWait           how long a handed-out message may stay unanswered before the
 *                          server delivers it again (default 30 s)
 * @param maxDeliver        how many times a message is handed to the application at most;
 *                          0 for no limit (default 0)
 * @param deadLetterSubject where a message goes after {@code maxDeliver} failed deliveries, or
 *                          that cannot be decoded; null: it is terminated (default null)
 * @param filterSubject     the consumer takes only this subject of the stream; null: all
 * @param prefetch          how many messages one pull asks for, at most {@code maxAckPending}
 *                          (default 64)
 */
public record RecvOptions(Context context, int maxAckPending, Duration ackWait, int maxDeliver,
                          String deadLetterSubject, String filterSubject, int prefetch) {
    /** Checks the values. */
    public RecvOptions {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(ackWait, "ackWait");
        if (maxAckPending < 1) {
            throw new IllegalArgumentException("maxAckPending must be at least 1: " + maxAckPending);
        }
        if (maxDeliver < 0) {
            throw new IllegalArgumentException("maxDeliver must not be negative (0: no limit): " + maxDeliver);
        }
        if (prefetch < 1) {
            throw new IllegalArgumentException("prefetch must be at least 1: " + prefetch);
        }
        if (ackWait.isNegative() || ackWait.isZero()) {
            throw new IllegalArgumentException("ackWait must be positive: " + ackWait);
        }
    }

    /** @return background context, maxAckPending 256, ackWait 30 s, no delivery limit, no dead letter, prefetch 64 */
    public static RecvOptions defaults() {
        return new RecvOptions(Context.background(), 256, Duration.ofSeconds(30), 0, null, null, 64);
    }

    /** @param c the endpoint's lifetime @return a copy with it */
    public RecvOptions context(Context c) {
        return new RecvOptions(c, maxAckPending, ackWait, maxDeliver, deadLetterSubject, filterSubject, prefetch);
    }

    /** @param n the in-flight window @return a copy with it */
    public RecvOptions maxAckPending(int n) {
        return new RecvOptions(context, n, ackWait, maxDeliver, deadLetterSubject, filterSubject, prefetch);
    }

    /** @param d the redelivery timeout @return a copy with it */
    public RecvOptions ackWait(Duration d) {
        return new RecvOptions(context, maxAckPending, d, maxDeliver, deadLetterSubject, filterSubject, prefetch);
    }

    /** @param n deliveries to the application at most, 0 for no limit @return a copy with it */
    public RecvOptions maxDeliver(int n) {
        return new RecvOptions(context, maxAckPending, ackWait, n, deadLetterSubject, filterSubject, prefetch);
    }

    /** @param subject the dead-letter subject (a stream must capture it) @return a copy with it */
    public RecvOptions deadLetter(String subject) {
        return new RecvOptions(context, maxAckPending, ackWait, maxDeliver, subject, filterSubject, prefetch);
    }

    /** @param subject the one subject of the stream to consume @return a copy with it */
    public RecvOptions filterSubject(String subject) {
        return new RecvOptions(context, maxAckPending, ackWait, maxDeliver, deadLetterSubject, subject, prefetch);
    }

    /** @param n messages per pull @return a copy with it */
    public RecvOptions prefetch(int n) {
        return new RecvOptions(context, maxAckPending, ackWait, maxDeliver, deadLetterSubject, filterSubject, n);
    }
}
