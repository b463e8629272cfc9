package go4j.nats;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.DiscardPolicy;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * go4j channels over NATS JetStream: the factories of the two endpoints and of the two kinds
 * of stream they are made for.
 *
 * <pre>{@code
 * Connection nc = Nats.connect("nats://127.0.0.1:4222");
 * NatsChan.workQueue(nc, "JOBS", "jobs", 10_000);          // each job to one worker
 * try (NatsSend<String> out = NatsChan.send(nc, "jobs", Codec.string());
 *      NatsRecv<String> in = NatsChan.recv(nc, "JOBS", "workers", Codec.string(), RecvOptions.defaults())) {
 *     out.send("hello");
 *     Message<String> m = in.recv();
 *     System.out.println(m.value()); // hello
 *     m.ack();
 * }
 * }</pre>
 *
 * <p>The connection is the application's: endpoints use it and never close it. Make it with
 * {@code maxReconnects(-1)} to ride out a server restart (see docs/nats.md).
 */
public final class NatsChan {
    private NatsChan() {
    }

    /**
     * Creates (or updates) a work-queue stream: each message goes to one receiver and leaves
     * the stream when acked. It holds at most {@code maxMsgs} messages; a send to a full stream
     * waits ({@code DiscardNew}). File storage: what was stored survives a server restart.
     *
     * @param nc      the connection
     * @param name    the stream's name
     * @param subject the subject it captures (wildcards allowed)
     * @param maxMsgs how many messages it holds at most, the senders' backpressure
     */
    public static void workQueue(Connection nc, String name, String subject, long maxMsgs) {
        stream(nc, name, subject, maxMsgs, RetentionPolicy.WorkQueue);
    }

    /**
     * Creates (or updates) a fan-out stream: every consumer gets every message, which leaves
     * the stream once every consumer has acked it (interest retention). A message published
     * while the stream has no consumer is not kept: make the receivers first. Holds at most
     * {@code maxMsgs}; a send to a full stream waits.
     *
     * @param nc      the connection
     * @param name    the stream's name
     * @param subject the subject it captures
     * @param maxMsgs how many messages it holds at most
     */
    public static void fanOut(Connection nc, String name, String subject, long maxMsgs) {
        stream(nc, name, subject, maxMsgs, RetentionPolicy.Interest);
    }

    /**
     * Creates (or updates) a plain stream that keeps what it gets (limits retention), for a
     * dead-letter subject or results read later.
     *
     * @param nc      the connection
     * @param name    the stream's name
     * @param subject the subject it captures
     */
    public static void keep(Connection nc, String name, String subject) {
        stream(nc, name, subject, -1, RetentionPolicy.Limits);
    }

    private static void stream(Connection nc, String name, String subject, long maxMsgs, RetentionPolicy retention) {
        StreamConfiguration sc = StreamConfiguration.builder()
                .name(name)
                .subjects(subject)
                .retentionPolicy(retention)
                .discardPolicy(maxMsgs > 0 ? DiscardPolicy.New : DiscardPolicy.Old)
                .maxMessages(maxMsgs)
                .storageType(StorageType.File)
                .build();
        try {
            JetStreamManagement jsm = nc.jetStreamManagement();
            try {
                jsm.addStream(sc);
            } catch (JetStreamApiException e) {
                if (e.getApiErrorCode() != 10058) { // stream name already in use
                    throw e;
                }
                jsm.updateStream(sc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stream " + name + ": " + e.getMessage(), e);
        } catch (JetStreamApiException e) {
            throw new NatsException("stream " + name + ": " + e.getMessage(), e, false);
        }
    }

    /**
     * A sending endpoint for {@code subject}; a stream must capture it.
     *
     * @param <T>     the values' type
     * @param nc      the connection
     * @param subject where values are published
     * @param codec   value to bytes
     * @return the endpoint, open until {@link NatsSend#close()}
     */
    public static <T> NatsSend<T> send(Connection nc, String subject, Codec<T> codec) {
        return send(nc, subject, codec, SendOptions.defaults());
    }

    /**
     * A sending endpoint with options.
     *
     * @param <T>     the values' type
     * @param nc      the connection
     * @param subject where values are published
     * @param codec   value to bytes
     * @param opts    context and timeouts
     * @return the endpoint, open until {@link NatsSend#close()}
     */
    public static <T> NatsSend<T> send(Connection nc, String subject, Codec<T> codec, SendOptions opts) {
        try {
            return new NatsSend<>(nc, subject, codec, opts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A receiving endpoint on the durable consumer {@code consumer} of {@code stream}, created
     * (or updated) with explicit acks and the options' window, ackWait and delivery limit.
     * Endpoints on one consumer, in one process or many, share its messages; give each
     * fan-out subscriber a consumer of its own.
     *
     * @param <T>      the values' type
     * @param nc       the connection
     * @param stream   the stream's name
     * @param consumer the durable consumer's name
     * @param codec    bytes to value
     * @param opts     context, window, redelivery, dead letter
     * @return the endpoint, fetching until {@link NatsRecv#close()} or the context's end
     */
    public static <T> NatsRecv<T> recv(Connection nc, String stream, String consumer, Codec<T> codec, RecvOptions opts) {
        Objects.requireNonNull(opts, "options");
        ConsumerConfiguration.Builder cc = ConsumerConfiguration.builder()
                .durable(consumer)
                .ackPolicy(Message.ACK_POLICY)
                .deliverPolicy(DeliverPolicy.All)
                .ackWait(opts.ackWait())
                .maxAckPending(opts.maxAckPending())
                // One delivery more than the application's limit: the endpoint dead-letters it.
                .maxDeliver(opts.maxDeliver() > 0 ? opts.maxDeliver() + 1 : -1);
        if (opts.filterSubject() != null) {
            cc.filterSubject(opts.filterSubject());
        }
        try {
            nc.jetStreamManagement().addOrUpdateConsumer(stream, cc.build());
            return new NatsRecv<>(nc, stream, consumer, codec, opts);
        } catch (IOException e) {
            throw new UncheckedIOException("consumer " + stream + "/" + consumer + ": " + e.getMessage(), e);
        } catch (JetStreamApiException e) {
            throw new NatsException("consumer " + stream + "/" + consumer + ": " + e.getMessage(), e, false);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new NatsException("consumer " + stream + "/" + consumer + ": " + e.getMessage(), e, false);
        }
    }
}
