package go4j.nats;

import go4j.context.Context;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link NatsSend} publishes. Immutable; each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * SendOptions opts = SendOptions.defaults()
 *     .context(ctx)                          // cancel it: blocked and retried sends give up
 *     .ackTimeout(Duration.ofSeconds(2))     // no PubAck that long: publish again, same id
 *     .retryFor(Duration.ofMinutes(1));      // a server away longer: the send fails
 * }</pre>
 *
 * @param context    when done, sends waiting for room or for the server stop with its error
 *                   (default: background, never)
 * @param ackTimeout how long one publish waits for the stream's acknowledgement before it is
 *                   published again with the same message id (default 2 s)
 * @param retryFor   how long a send keeps publishing again while the server cannot be reached
 *                   or answers that no stream is there; a full stream is waited for without
 *                   limit (default 60 s)
 */
public record SendOptions(Context context, Duration ackTimeout, Duration retryFor) {
    /** Checks the values. */
    public SendOptions {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(retryFor, "retryFor");
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive: " + ackTimeout);
        }
    }

    /** @return background context, ackTimeout 2 s, retryFor 60 s */
    public static SendOptions defaults() {
        return new SendOptions(Context.background(), Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    /** @param c the endpoint's lifetime @return a copy with it */
    public SendOptions context(Context c) {
        return new SendOptions(c, ackTimeout, retryFor);
    }

    /** @param d the wait for one PubAck @return a copy with it */
    public SendOptions ackTimeout(Duration d) {
        return new SendOptions(context, d, retryFor);
    }

    /** @param d how long to keep retrying an unreachable server @return a copy with it */
    public SendOptions retryFor(Duration d) {
        return new SendOptions(context, ackTimeout, d);
    }
}
