package go4j.nats;

import go4j.Case;
import go4j.Chan;
import go4j.Received;
import go4j.RecvChan;
import go4j.context.Context;
import io.nats.client.ConsumeOptions;
import io.nats.client.Connection;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.PublishOptions;
import io.nats.client.impl.Headers;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import static go4j.Go.select;

/**
 * The receiving end of a JetStream consumer as a go4j {@link RecvChan} of {@link Message}s:
 * {@code for (Message<T> m : in)}, {@code in.recv()}, or a case in a {@code select} next to
 * local channels and {@code ctx.done()}. Each message must be answered ({@link Message#ack()},
 * a nack, {@link Message#term()}); one left unanswered past {@code ackWait} is delivered again.
 *
 * <pre>{@code
 * try (NatsRecv<String> jobs = NatsChan.recv(nc, "JOBS", "workers", Codec.string(), opts)) {
 *     for (Message<String> m : jobs) {        // ends when jobs is closed or ctx is done
 *         process(m.value());
 *         m.ack();
 *     }
 * }
 * }</pre>
 *
 * <p>Endpoints on the same consumer compete: each message goes to one of them (a work queue).
 * Endpoints on different consumers of a stream each get every message (fan-out).
 *
 * <p>{@link #close()} drains: the endpoint stops fetching, messages already fetched are still
 * received, then the channel reports closed. When the context is done the endpoint stops at
 * once instead: messages fetched and not yet received are handed back for another receiver,
 * and the channel reports closed. Receiving after either is Go's receive on a closed channel.
 * A message handed back (and one the server sent in answer to the endpoint's last pull) is
 * delivered again about a second later, once that pull is over, so that it does not come back
 * to the endpoint that is stopping.
 *
 * @param <T> the values' type
 */
public final class NatsRecv<T> implements RecvChan<Message<T>>, AutoCloseable {
    /*
     * Implementation overview.
     *
     * jnats pulls on its own threads (socket reads, pull requests, heartbeats) into the
     * IterableConsumer's in-memory queue; one goroutine of the endpoint, the fetcher, takes
     * messages from there, decodes them and sends them into `buf`, a go4j channel, where the
     * application's goroutines receive them. Every RecvChan operation, select included, is
     * buf's own. The fetcher's only wait outside go4j is on that queue (a JDK park with a
     * 100 ms timeout: the virtual thread unmounts, no carrier is pinned); it never does I/O
     * itself except the dead letter's publish. It is a goroutine, not a platform thread, so
     * that its hand-off to the receivers and theirs back (a slot freed in buf) are
     * goroutine-to-goroutine: with a platform thread, every message cost a cross-thread
     * wake-up in each direction (measured in the bench, jdk scheduler: 0.76 of jnats' rate
     * with a platform fetcher, 0.86 with a goroutine; ADR 0016).
     *
     * Invariants:
     *  - the fetcher is buf's only sender and closes it, once, as its last act: so a receiver
     *    sees (null, false) only after every message handed to buf was received or nacked.
     *  - a message the fetcher took from jnats is, exactly once: handed to buf, moved to the
     *    dead letter (then acked), terminated, or nacked (when the endpoint stops).
     *  - state moves OPEN -> DRAINING (close) or OPEN -> CANCELED (ctx done), never back; the
     *    fetcher reads it between messages and while it waits to hand one over (`stop`).
     *
     * Dead letter (ADR 0015): the server's max_deliver is maxDeliver + 1, so that one delivery
     * beyond the application's limit reaches the fetcher, which publishes that message to the
     * dead-letter subject (Nats-Msg-Id "dlq-<stream>-<seq>": a retry is stored once) and only
     * then acks it. A message that crashes every worker it reaches is thus never handed out
     * more than maxDeliver times, and never lost between the stream and the dead letter.
     */
    static final int OPEN = 0;      // fetching; moved by nobody else
    static final int DRAINING = 1;  // close(): stop fetching, hand out what was fetched
    static final int CANCELED = 2;  // ctx done: stop, nack what was not handed out

    private static final Duration POLL = Duration.ofMillis(100); // the fetcher's longest wait in jnats
    private static final Duration PULL_EXPIRES = Duration.ofSeconds(1); // a pull's life: bounds a stop's drain
    /**
     * How long a message handed back by a stopping endpoint stays away: longer than its last
     * pull lives. A plain nak makes the server deliver the message again at once, to the
     * pulls waiting, and the stopping endpoint's own last pull is one of them: handed back
     * from there again and again (16 deliveries in a second, measured, each counted against
     * maxDeliver), the last copy went to a subscription already closed and came back only
     * after ackWait.
     */
    static final Duration HAND_BACK_DELAY = PULL_EXPIRES.plusMillis(250);

    private final JetStream js;            // for the dead letter
    private final String stream;           // the stream's name
    private final String consumer;         // the durable consumer's name
    private final Codec<T> codec;          // bytes -> value, on the fetcher
    private final RecvOptions opts;        // window, limits, context
    private final IterableConsumer source; // jnats' pulling consumer
    private final Chan<Message<T>> buf;    // fetched, not yet received; closed by the fetcher
    private final Chan<Void> stop = new Chan<>(); // closed when state leaves OPEN
    private final AtomicInteger state = new AtomicInteger(OPEN);
    private final String fetcherName;      // for its messages on stderr
    private final Chan<Void> stopped = new Chan<>(); // closed by the fetcher goroutine when it has released the consumer
    private final AtomicInteger deadLettered = new AtomicInteger(); // messages moved to the dead letter

    NatsRecv(Connection nc, String stream, String consumer, Codec<T> codec, RecvOptions opts) throws Exception {
        this.js = nc.jetStream();
        this.stream = Objects.requireNonNull(stream, "stream");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.opts = Objects.requireNonNull(opts, "options");
        int batch = Math.min(opts.prefetch(), opts.maxAckPending());
        this.source = js.getConsumerContext(stream, consumer).iterate(
                ConsumeOptions.builder().batchSize(batch).expiresIn(PULL_EXPIRES.toMillis()).build());
        this.buf = new Chan<>(Math.min(batch, 16));
        this.fetcherName = "go4j-nats-recv-" + stream + "-" + consumer;
        go4j.Go.go(this::fetch);
        Context ctx = opts.context();
        if (ctx.done() != Chan.<Void>nil()) {
            go4j.Go.go(() -> {
                select(ctx.done().onRecv(), stop.onRecv());
                if (ctx.err() != null) {
                    cancel();
                }
            });
        }
    }

    // ---- the fetcher ----

    private void fetch() {
        try {
            while (state.get() == OPEN) {
                io.nats.client.Message m;
                try {
                    m = source.nextMessage(POLL);
                } catch (JetStreamStatusCheckedException e) {
                    continue; // a status jnats reports (a pull expired, a heartbeat missed): pull again
                } catch (InterruptedException e) {
                    break;
                }
                if (m != null && !deliver(m)) {
                    m.nakWithDelay(HAND_BACK_DELAY);
                    break;
                }
            }
        } catch (RuntimeException e) {
            System.err.println("go4j-nats: " + fetcherName + " stopped: " + e);
        } finally {
            source.stop();
            if (state.get() == CANCELED) {
                for (Received<Message<T>> r; (r = buf.tryRecv()) != null && r.ok(); ) {
                    r.value().handBack();
                }
            }
            buf.close(); // no send follows: receivers may see the end before the pull is over
            nackPrefetched();
            try {
                source.close();
            } catch (Exception ignored) {
                // closing an unsubscribed consumer: nothing left to release
            }
            stopped.close();
        }
    }

    /** Hands m to a receiver, or to the dead letter; false if the endpoint stopped first. */
    private boolean deliver(io.nats.client.Message m) {
        long count = m.metaData().deliveredCount();
        if (opts.maxDeliver() > 0 && count > opts.maxDeliver()) {
            deadLetter(m, "max deliveries (" + opts.maxDeliver() + ") reached");
            return true;
        }
        T value;
        try {
            value = codec.decode(m.getData() == null ? new byte[0] : m.getData());
        } catch (RuntimeException e) {
            deadLetter(m, "cannot decode: " + e);
            return true;
        }
        Message<T> msg = new Message<>(m, value);
        // Room in buf: no select. A message handed over just after a stop is still answered:
        // received (close drains buf) or handed back with what buf holds (ctx done).
        return buf.trySend(msg) || select(buf.onSend(msg, () -> true), stop.onRecv(x -> false));
    }

    /** Moves m to the dead-letter subject, then acks it; terminates it when there is none. */
    private void deadLetter(io.nats.client.Message m, String reason) {
        String dlq = opts.deadLetterSubject();
        if (dlq == null) {
            m.term();
            deadLettered.incrementAndGet();
            return;
        }
        var meta = m.metaData();
        Headers h = new Headers();
        h.put("Go4j-Dead-Stream", meta.getStream());
        h.put("Go4j-Dead-Sequence", Long.toString(meta.streamSequence()));
        h.put("Go4j-Dead-Subject", m.getSubject());
        h.put("Go4j-Dead-Deliveries", Long.toString(meta.deliveredCount()));
        h.put("Go4j-Dead-Reason", reason);
        try {
            js.publish(dlq, h, m.getData(), PublishOptions.builder()
                    .messageId("dlq-" + meta.getStream() + "-" + meta.streamSequence()).build());
            m.ack();
            deadLettered.incrementAndGet();
        } catch (Exception e) {
            // Not stored in the dead letter: leave it in the stream, try again later.
            System.err.println("go4j-nats: dead letter to " + dlq + " failed (" + e + "); "
                    + meta.getStream() + "#" + meta.streamSequence() + " stays and comes back");
            m.nakWithDelay(Duration.ofSeconds(1));
        }
    }

    /**
     * After stop(): what jnats pulled, and what the server still sends to answer the last pull,
     * goes back to the server (after {@link #HAND_BACK_DELAY}, when the last pull is over).
     * Unsubscribing at once instead would drop the messages in flight, which the server would
     * deliver again only after ackWait. The last pull ends within PULL_EXPIRES; jnats then
     * reports the consumer finished.
     */
    private void nackPrefetched() {
        long deadline = System.nanoTime() + PULL_EXPIRES.toNanos() + 2_000_000_000L;
        // Until jnats says the pull is over and 100 ms passed without a message (it has been
        // seen to say so with a message still on its way), or the deadline. A status jnats
        // reports on the way (the pull's end) is not the end of the messages.
        long quietSince = System.nanoTime();
        while (System.nanoTime() - deadline < 0
                && (!source.isFinished() || System.nanoTime() - quietSince < 100_000_000L)) {
            io.nats.client.Message m;
            try {
                m = source.nextMessage(Duration.ofMillis(50));
            } catch (JetStreamStatusCheckedException e) {
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                return; // the consumer is gone: the server redelivers the rest after ackWait
            }
            if (m != null) {
                m.nakWithDelay(HAND_BACK_DELAY);
                quietSince = System.nanoTime();
            }
        }
    }

    // ---- receiving: buf's own operations ----

    @Override
    public Message<T> recv() {
        return buf.recv();
    }

    @Override
    public Received<Message<T>> recvOk() {
        return buf.recvOk();
    }

    @Override
    public Received<Message<T>> tryRecv() {
        return buf.tryRecv();
    }

    @Override
    public Case<Message<T>> onRecv() {
        return buf.onRecv();
    }

    @Override
    public <R> Case<R> onRecv(Function<? super Message<T>, ? extends R> then) {
        return buf.onRecv(then);
    }

    @Override
    public <R> Case<R> onRecvOk(BiFunction<? super Message<T>, Boolean, ? extends R> then) {
        return buf.onRecvOk(then);
    }

    @Override
    public int len() {
        return buf.len();
    }

    @Override
    public int cap() {
        return buf.cap();
    }

    @Override
    public Iterator<Message<T>> iterator() {
        return buf.iterator();
    }

    // ---- stopping ----

    /**
     * Stops fetching; messages fetched already are still received, then the channel reports
     * closed. Returns at once; a second call does nothing. The connection stays open.
     */
    @Override
    public void close() {
        if (state.compareAndSet(OPEN, DRAINING)) {
            stop.close();
        }
    }

    /** The context's stop: fetched messages not yet received are nacked. */
    private void cancel() {
        if (state.compareAndSet(OPEN, CANCELED)) {
            stop.close();
        }
    }

    /**
     * Waits until the fetcher has stopped and released the consumer (after {@link #close()} or
     * the context's end).
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitStopped() throws InterruptedException {
        stopped.recv();
    }

    /** @return how many messages this endpoint moved to the dead letter (or terminated) */
    public int deadLettered() {
        return deadLettered.get();
    }

    /** @return the stream's name */
    public String stream() {
        return stream;
    }

    /** @return the consumer's name */
    public String consumer() {
        return consumer;
    }

    @Override
    public String toString() {
        return "NatsRecv[" + stream + "/" + consumer + ", " + switch (state.get()) {
            case OPEN -> "open";
            case DRAINING -> "closed";
            default -> "canceled";
        } + "]";
    }
}
