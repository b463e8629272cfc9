package go4j.nats;

import go4j.Case;
import go4j.Chan;
import go4j.Panic;
import go4j.RecvChan;
import go4j.SendChan;
import go4j.bridge.ChanFutures;
import go4j.context.Context;
import go4j.time.Time;
import go4j.time.Timer;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamStatusException;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * The sending end of a JetStream subject as a go4j {@link SendChan}: {@link #send} returns
 * once the stream has stored the value, and blocks while the stream is full (a stream made
 * with {@code DiscardNew}, as {@link NatsChan#workQueue} makes them) until there is room, the
 * endpoint's context is done, or the endpoint is closed.
 *
 * <pre>{@code
 * try (NatsSend<String> jobs = NatsChan.send(nc, "jobs", Codec.string())) {
 *     jobs.send("resize a.png");
 *     jobs.send("resize b.png", "b.png-v1");   // idempotency key: a retry is not stored twice
 *     select(jobs.onSend("c.png"), ctx.done().onRecv());
 * } // close: waits until what was handed over is stored
 * }</pre>
 *
 * <p>Every publish carries a {@code Nats-Msg-Id}: the caller's, or one the endpoint makes
 * (unique per endpoint and send). A publish whose acknowledgement is lost (a timeout, the
 * server restarting) is published again with the same id, and the stream, within its
 * duplicate window, stores it once.
 *
 * <p>A select case ({@link #onSend}) is ready when the endpoint's publisher goroutine is idle;
 * once chosen, the value is the publisher's, which stores it as {@link #send} would, and
 * {@link #close()} waits for it. {@link #send} publishes on the calling goroutine, so sends
 * from several goroutines are stored concurrently; one goroutine's sends are stored in order.
 *
 * @param <T> the values' type
 */
public final class NatsSend<T> implements SendChan<T>, AutoCloseable {
    /*
     * Implementation overview.
     *
     * Invariants:
     *  - inFlight counts sends between begin() and end(); a send that begins after `closed` is
     *    set sees it and panics, so once closed and inFlight reaches 0 it stays 0.
     *  - `handoff` (unbuffered) has one receiver, the publisher goroutine; it is closed once,
     *    by close(). The publisher returns when handoff is closed and drained or ctx is done,
     *    and closes `publisherDone` on the way out.
     *  - `drained` is closed exactly once (drainedOnce), after close() and when inFlight is 0.
     *
     * Waiting for the PubAck: jnats completes a CompletableFuture on its own thread;
     * ChanFutures.resultChan hands the completion to the waiting goroutine as a channel, so the
     * goroutine waits in a select next to ctx.done() instead of blocking a carrier in get().
     * The ack timeout is a go4j timer in the same select, stopped when the PubAck comes: not
     * CompletableFuture.orTimeout, whose JDK delay-scheduler thread was woken to add and again
     * to remove each publish's timeout (docs/nats.md, CPU per message).
     *
     * A full stream answers a publish with an API error; there is no notice when room frees
     * up, so a send polls: it publishes again after 1, 2, 4 ... up to 100 ms.
     */
    private static final Object CANCELED = new Object(); // a select's result: ctx was done
    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);

    private final Connection nc;            // to tell a closed connection from a reconnecting one
    private final JetStream js;             // publishes
    private final String subject;           // where every value goes
    private final Codec<T> codec;           // value -> bytes, on the sending goroutine
    private final SendOptions opts;         // context, timeouts
    private final String idPrefix;          // random per endpoint: generated ids never collide
    private final AtomicLong nextId = new AtomicLong(); // generated ids' counter
    private final Chan<Outgoing<T>> handoff = new Chan<>();  // select sends -> publisher goroutine
    private final Chan<Void> publisherDone = new Chan<>();   // closed when the publisher returns
    private final AtomicInteger inFlight = new AtomicInteger(); // sends begun and not ended
    private final AtomicBoolean closed = new AtomicBoolean();   // close() was called
    private final AtomicBoolean drainedOnce = new AtomicBoolean(); // guards drained.close()
    private final Chan<Void> drained = new Chan<>();              // closed: closed and nothing in flight
    private volatile RuntimeException asyncFailure;              // first failure of a select send

    /** A value a select handed to the publisher goroutine. */
    private record Outgoing<T>(T value, String msgId) {
    }

    NatsSend(Connection nc, String subject, Codec<T> codec, SendOptions opts) throws IOException {
        this.nc = Objects.requireNonNull(nc, "connection");
        this.js = nc.jetStream();
        this.subject = Objects.requireNonNull(subject, "subject");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.opts = Objects.requireNonNull(opts, "options");
        this.idPrefix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "-";
        go(this::publisher);
    }

    // ---- sending ----

    /**
     * Publishes {@code value} and waits until the stream has stored it, waiting for room while
     * the stream is full.
     *
     * @throws Panic         "send on closed channel" after {@link #close()}
     * @throws NatsException the stream refused it for good, the server stayed away longer than
     *                       {@link SendOptions#retryFor}, or the context was done first
     */
    @Override
    public void send(T value) {
        send(value, null);
    }

    /**
     * {@link #send(Object)} with an idempotency key: a second send with the same {@code msgId}
     * within the stream's duplicate window (2 minutes by default) is not stored again.
     *
     * @param value the value
     * @param msgId the {@code Nats-Msg-Id}; null: the endpoint makes one
     */
    public void send(T value, String msgId) {
        begin();
        try {
            publish(codec.encode(value), msgId != null ? msgId : newId());
        } finally {
            end();
        }
    }

    /**
     * Hands {@code value} to the publisher goroutine if it is idle; never waits for the server.
     *
     * @return true if the publisher took it (it is then stored as by a select send)
     * @throws Panic "send on closed channel" after {@link #close()}
     */
    @Override
    public boolean trySend(T value) {
        return handoff.trySend(new Outgoing<>(value, newId()));
    }

    /** A select case handing {@code value} to the publisher goroutine; ready when it is idle. */
    @Override
    public Case<Void> onSend(T value) {
        return handoff.onSend(new Outgoing<>(value, newId()));
    }

    @Override
    public <R> Case<R> onSend(T value, Supplier<? extends R> then) {
        return handoff.onSend(new Outgoing<>(value, newId()), then);
    }

    /** The publisher goroutine: stores what select sends hand over, one at a time. */
    private void publisher() {
        try {
            RecvChan<Void> done = opts.context().done();
            for (;;) {
                Outgoing<T> o = select(handoff.onRecvOk((v, ok) -> ok ? v : null), done.onRecv(x -> null));
                if (o == null) {
                    return;
                }
                inFlight.incrementAndGet(); // close() waits for publisherDone first: no race
                try {
                    publish(codec.encode(o.value()), o.msgId());
                } catch (RuntimeException e) {
                    if (asyncFailure == null) {
                        asyncFailure = e;
                    }
                } finally {
                    end();
                }
            }
        } finally {
            publisherDone.close();
        }
    }

    private String newId() {
        return idPrefix + nextId.incrementAndGet();
    }

    private void begin() {
        inFlight.incrementAndGet();
        if (closed.get()) {
            end();
            throw new Panic("send on closed channel");
        }
    }

    private void end() {
        if (inFlight.decrementAndGet() == 0 && closed.get() && drainedOnce.compareAndSet(false, true)) {
            drained.close();
        }
    }

    // ---- publishing, with retries ----

    private void publish(byte[] data, String msgId) {
        Context ctx = opts.context();
        PublishOptions po = PublishOptions.builder().messageId(msgId).build();
        long giveUpAt = 0; // nanoTime after which an unreachable server fails the send; 0: not yet failing
        long backoffMs = 1;
        for (;;) {
            if (ctx.err() != null) {
                throw canceled(ctx);
            }
            Object r;
            Timer ackTimer = Time.newTimer(opts.ackTimeout());
            try {
                CompletableFuture<PublishAck> f = js.publishAsync(subject, data, po);
                r = select(ChanFutures.resultChan(f).onRecvOk((a, ok) -> ok ? a : failure(f)),
                        ackTimer.c().onRecv(t -> new TimeoutException("no PubAck within " + opts.ackTimeout())),
                        ctx.done().onRecv(x -> CANCELED));
            } catch (RuntimeException e) { // jnats refuses at once (a closed connection)
                r = e;
            } finally {
                ackTimer.stop();
            }
            if (r instanceof PublishAck) {
                return;
            }
            if (r == CANCELED) {
                throw canceled(ctx);
            }
            Throwable x = unwrap((Throwable) r);
            if (isFull(x)) {
                giveUpAt = 0; // backpressure: wait for room without limit
            } else if (isTransient(x)) {
                long now = System.nanoTime();
                if (giveUpAt == 0) {
                    giveUpAt = now + opts.retryFor().toNanos();
                } else if (now - giveUpAt > 0) {
                    throw new NatsException("publish to " + subject + ": no stored acknowledgement for "
                            + opts.retryFor() + ": " + x, x, false);
                }
            } else {
                throw new NatsException("publish to " + subject + ": " + x.getMessage(), x, false);
            }
            Object slept = select(Time.after(Duration.ofMillis(backoffMs)).onRecv(t -> null),
                    ctx.done().onRecv(v -> CANCELED));
            if (slept == CANCELED) {
                throw canceled(ctx);
            }
            backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
        }
    }

    /** What a future that completed without a value failed with. */
    private static Throwable failure(CompletableFuture<?> f) {
        return f.isCancelled() ? new java.util.concurrent.CancellationException() : f.exceptionNow();
    }

    private NatsException canceled(Context ctx) {
        return new NatsException("publish to " + subject + ": " + ctx.err().getMessage(), Context.cause(ctx), true);
    }

    /** What failed, under the wrappers of futures (and jnats' RuntimeException around an API error). */
    private static Throwable unwrap(Throwable x) {
        for (Throwable c = x; c != null; c = c.getCause()) {
            if (c instanceof JetStreamApiException) {
                return c;
            }
        }
        while ((x instanceof CompletionException || x instanceof ExecutionException) && x.getCause() != null) {
            x = x.getCause();
        }
        return x;
    }

    /** The stream is at its limit with DiscardNew: room comes when receivers answer. */
    static boolean isFull(Throwable x) {
        if (x instanceof JetStreamApiException e) {
            String d = String.valueOf(e.getErrorDescription()).toLowerCase(java.util.Locale.ROOT);
            return e.getApiErrorCode() == 10077 || d.contains("maximum messages") || d.contains("maximum bytes");
        }
        return false;
    }

    /** Worth publishing again: a lost or late acknowledgement, a reconnect, JetStream not yet up. */
    private boolean isTransient(Throwable x) {
        if (nc.getStatus() == Connection.Status.CLOSED) {
            return false;
        }
        return x instanceof TimeoutException || x instanceof IOException || x instanceof JetStreamStatusException
                || x instanceof java.util.concurrent.CancellationException || x instanceof IllegalStateException;
    }

    // ---- closing ----

    /**
     * Closes the endpoint: later sends panic, select sends waiting on it panic, and this call
     * waits until every send begun before it has been stored or has failed (the drain), or the
     * context is done. The connection stays open: it is the application's.
     *
     * @throws Panic         "close of closed channel" on a second close
     * @throws NatsException if a value handed over by a select send could not be stored
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            throw new Panic("close of closed channel");
        }
        handoff.close();
        RecvChan<Void> done = opts.context().done();
        select(publisherDone.onRecv(), done.onRecv());
        if (inFlight.get() == 0 && drainedOnce.compareAndSet(false, true)) {
            drained.close();
        }
        select(drained.onRecv(), done.onRecv());
        RuntimeException f = asyncFailure;
        if (f != null) {
            throw new NatsException("a value handed over by a select send was not stored: " + f.getMessage(), f, false);
        }
    }

    /** @return 0: the endpoint holds no buffer of its own (the stream is the buffer) */
    @Override
    public int len() {
        return 0;
    }

    /** @return 0, as {@link #len()} */
    @Override
    public int cap() {
        return 0;
    }

    /** @return the subject this endpoint publishes to */
    public String subject() {
        return subject;
    }

    @Override
    public String toString() {
        return "NatsSend[" + subject + (closed.get() ? ", closed" : "") + "]";
    }
}
