package go4j.nats;

import io.nats.client.api.AckPolicy;
import io.nats.client.impl.NatsJetStreamMetaData;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A value received from a {@link NatsRecv}, with the acknowledgement it owes the stream: the
 * receiver handles {@link #value()}, then says how it went, once, by {@link #ack()} (done: the
 * stream forgets it, or on a fan-out stream this subscriber does), {@link #nack()} or
 * {@link #nakWithDelay} (failed: deliver it again, perhaps to another worker), or {@link #term()}
 * (never deliver it again). A message never answered is delivered again once the endpoint's
 * {@code ackWait} has passed: that is how a crashed worker's message reaches the survivors.
 *
 * <pre>{@code
 * for (Message<String> m : jobs) {
 *     try {
 *         handle(m.value());
 *         m.ack();
 *     } catch (RuntimeException e) {
 *         m.nakWithDelay(Duration.ofSeconds(1));
 *     }
 * }
 * }</pre>
 *
 * <p>Safe to answer from any goroutine or thread, once: a second answer is a mistake in the
 * caller and throws {@link IllegalStateException} naming the first.
 *
 * @param <T> the value's type
 */
public final class Message<T> {
    /*
     * Invariant: `answer` moves once, from null to the name of the first answer ("ack", "nak",
     * "term"), by a compareAndSet; only the thread that moved it talks to the server, so the
     * server gets exactly one answer from this object.
     */
    private final io.nats.client.Message msg;               // jnats' message: the ack subject, headers
    private final T value;                                  // decoded once, by the endpoint's fetcher
    private final NatsJetStreamMetaData meta;               // delivery count, sequences, parsed once
    private final AtomicReference<String> answer = new AtomicReference<>(); // null until answered

    Message(io.nats.client.Message msg, T value) {
        this.msg = msg;
        this.value = value;
        this.meta = msg.metaData();
    }

    /** @return the decoded value */
    public T value() {
        return value;
    }

    /** Done: the message is not delivered again (Go's {@code msg.Ack()}). */
    public void ack() {
        answer("ack");
        msg.ack();
    }

    /** Failed: deliver the message again now, perhaps to another receiver. */
    public void nack() {
        answer("nak");
        msg.nak();
    }

    /**
     * Failed: deliver the message again after {@code delay}.
     *
     * @param delay how long the server waits before delivering it again
     */
    public void nakWithDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        answer("nak");
        msg.nakWithDelay(delay);
    }

    /** A stopping endpoint or pool gives it back for another receiver, past the endpoint's last pull ({@link NatsRecv#HAND_BACK_DELAY}). */
    void handBack() {
        nakWithDelay(NatsRecv.HAND_BACK_DELAY);
    }

    /** Never deliver this message again, whatever {@code maxDeliver} allows. */
    public void term() {
        answer("term");
        msg.term();
    }

    /**
     * Which delivery this is: 1 the first time, 2 after one redelivery, ...
     *
     * @return the server's delivery count of this message to this consumer
     */
    public long deliveryCount() {
        return meta.deliveredCount();
    }

    /**
     * The message's sequence number in its stream: with the stream's name, its identity.
     *
     * @return the stream sequence
     */
    public long streamSequence() {
        return meta.streamSequence();
    }

    /** @return the stream the message is stored in */
    public String stream() {
        return meta.getStream();
    }

    /** @return the subject it was published to */
    public String subject() {
        return msg.getSubject();
    }

    /**
     * The publisher's idempotency key ({@code Nats-Msg-Id} header), or null if it sent none.
     *
     * @return the message id, or null
     */
    public String messageId() {
        return msg.getHeaders() == null ? null : msg.getHeaders().getFirst("Nats-Msg-Id");
    }

    /** @return whether {@link #ack()}, a nack or {@link #term()} was called */
    public boolean answered() {
        return answer.get() != null;
    }

    /** The jnats message under this one, for what this class does not say (headers, reply). */
    io.nats.client.Message natsMessage() {
        return msg;
    }

    private void answer(String how) {
        String was = answer.compareAndExchange(null, how);
        if (was != null) {
            throw new IllegalStateException("message " + meta.getStream() + "#" + meta.streamSequence()
                    + " was already answered (" + was + "); it cannot " + how + " too");
        }
    }

    @Override
    public String toString() {
        return "Message[" + meta.getStream() + "#" + meta.streamSequence() + ", delivery "
                + meta.deliveredCount() + ", " + value + "]";
    }

    static final AckPolicy ACK_POLICY = AckPolicy.Explicit; // every endpoint's consumer: one ack per message
}
