package go4j.bridge;

import go4j.Chan;
import go4j.RecvChan;
import go4j.Received;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * A channel as a {@link Flow.Publisher}: each subscriber gets a goroutine of its own that
 * receives from the channel, as many values as the subscriber has requested, hands each to
 * {@code onNext}, and calls {@code onComplete} once the channel is closed and drained.
 *
 * <pre>{@code
 * Chan<ByteBuffer> body = new Chan<>(8);
 * go(() -> {
 *     body.send(ByteBuffer.wrap("hello".getBytes()));
 *     body.close();
 * });
 * HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:8080/upload"))
 *         .POST(HttpRequest.BodyPublishers.fromPublisher(new ChanPublisher<>(body)))
 *         .build();
 * }</pre>
 *
 * <p>Go's semantics, as a receiver's:
 * <ul>
 *   <li><b>Several subscribers compete</b> for the values, as several receivers of one channel
 *       do: each value goes to exactly one of them. (This is not a broadcast.)</li>
 *   <li><b>Demand is backpressure.</b> The goroutine receives only while the subscriber has
 *       requested more than it was given; with no demand, values stay in the channel (for
 *       other receivers) and its senders wait, as in Go.</li>
 *   <li><b>Close is completion.</b> A receive finds that the channel is closed and drained,
 *       so {@code onComplete} comes at the first receive after that, which needs demand: a
 *       subscriber that has been given all it asked for sees {@code onComplete} after its next
 *       {@code request}, as a {@code for range} loop sees the close at its next receive.
 *       Subscribing to a channel already closed: {@code onSubscribe}, then {@code onComplete}
 *       at the first request.</li>
 *   <li><b>{@code cancel()}</b> stops the receiving, and the goroutine ends. A value it
 *       received as the cancel took effect is still delivered (Reactive Streams §3.12 allows
 *       it; dropping it would lose a value taken from the channel): at most one, since a
 *       receive that starts just as {@code cancel} closes the stop channel finds both ready
 *       and picks one at random, as a Go {@code select} does; none after that.
 *       Calling it again, or after the end, does nothing.</li>
 * </ul>
 *
 * <p>The Reactive Streams rules, as {@code java.util.concurrent.Flow} states them:
 * {@code subscribe(null)} throws {@link NullPointerException} (§1.9); {@code onSubscribe} is
 * the first signal (§1.9); every signal comes from the subscription's goroutine, one at a time
 * (§1.3), never more {@code onNext} than requested (§1.1); {@code request} may be called from
 * {@code onNext} without recursion (§3.3); {@code request(n)} with {@code n <= 0} ends the
 * subscription with {@code onError(IllegalArgumentException)} (§3.9); demand adds up to
 * {@code Long.MAX_VALUE}, which is unbounded (§3.17). Flow forbids null items, while a channel
 * may carry null: receiving one ends the subscription with {@code onError(NullPointerException)}.
 *
 * <p>A subscriber that throws breaks §2.13: its subscription is canceled and the exception
 * escapes the goroutine, as a panic does (inside {@code Go.main}, Go's report and exit status
 * 2). A subscriber that neither requests nor cancels leaves its goroutine waiting in a
 * {@code select}, as a Go receiver nobody serves: a goroutine leak, and inside {@code Go.main}
 * part of a deadlock if nothing else can move.
 *
 * @param <T> the channel's element type
 */
public final class ChanPublisher<T> implements Flow.Publisher<T> {
    /*
     * Implementation overview.
     *
     * subscribe() starts one goroutine per subscriber, the emitter (Emitter.emit), which makes
     * every signal: onSubscribe first, then a loop that waits for demand, receives one value in
     * a select against the subscription's stop channel, and hands it on. request() and cancel()
     * may come from any thread at any time (also from inside onNext, on the emitter itself):
     * they only add to an atomic demand and drop a token into a one-slot channel, or move the
     * state and close stop; none of them blocks or calls the subscriber.
     */

    private final RecvChan<? extends T> source;

    /**
     * A publisher of the values received from {@code source}.
     *
     * @param source the channel whose values the subscribers receive
     * @throws NullPointerException if {@code source} is null
     */
    public ChanPublisher(RecvChan<? extends T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Starts a goroutine that signals {@code subscriber}: {@code onSubscribe}, then values as
     * requested, then {@code onComplete} once the channel is closed and drained.
     *
     * @throws NullPointerException if {@code subscriber} is null (§1.9)
     */
    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber"); // §1.9
        Emitter<T> e = new Emitter<>(source, subscriber);
        go(e::emit);
    }

    /**
     * One subscription, and the goroutine that serves it.
     *
     * <p>Invariants:
     * <ul>
     *   <li>Every signal to the subscriber comes from {@link #emit}, on one goroutine, so they
     *       are serial and {@code onSubscribe} is first.</li>
     *   <li>The emitter receives from the channel only when {@link #demand} is positive, and
     *       takes one off it per value received, before {@code onNext}: the values given never
     *       exceed the values requested.</li>
     *   <li>{@link #state} leaves {@link #ACTIVE} once. The thread that moves it to
     *       {@link #CANCELED} or {@link #FAILED} closes {@link #stop}, after writing
     *       {@link #badRequest}; the emitter reads badRequest only after receiving from the
     *       closed stop (the close happens-before that receive).</li>
     *   <li>A value received is delivered with {@code onNext}, whatever happened meanwhile.</li>
     * </ul>
     */
    private static final class Emitter<T> implements Flow.Subscription {
        // ---- states ----
        /** Serving; left by cancel() (CANCELED), a bad request (FAILED) or the emitter's last signal (DONE). */
        private static final int ACTIVE = 0;
        /** cancel() came first: the emitter ends with no further signal. */
        private static final int CANCELED = 1;
        /** request(n <= 0) came first: the emitter ends with onError(badRequest) (§3.9). */
        private static final int FAILED = 2;
        /** The emitter made its last signal (onComplete, onError) or the subscriber threw: calls are no-ops. */
        private static final int DONE = 3;

        private final RecvChan<? extends T> source;
        private final Flow.Subscriber<? super T> subscriber;
        private final AtomicInteger state = new AtomicInteger(ACTIVE);
        private final AtomicLong demand = new AtomicLong(); // requested, not yet received; saturates at Long.MAX_VALUE (§3.17)
        private final Chan<Void> more = new Chan<>(1);      // a token: demand grew (request's trySend; the emitter waits on it at 0)
        private final Chan<Void> stop = new Chan<>();       // closed once, by whoever moves state to CANCELED or FAILED
        private IllegalArgumentException badRequest;        // written before stop's close, read after it

        Emitter(RecvChan<? extends T> source, Flow.Subscriber<? super T> subscriber) {
            this.source = source;
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                if (state.compareAndSet(ACTIVE, FAILED)) {
                    badRequest = new IllegalArgumentException(
                            "request(" + n + "): a subscriber must request a positive number of items (Reactive Streams §3.9)");
                    stop.close();
                }
                return;
            }
            demand.getAndAccumulate(n, (d, k) -> d + k < 0 ? Long.MAX_VALUE : d + k);
            // Never blocks: a full slot already says "demand grew". Dropped when the emitter is gone.
            more.trySend(null);
        }

        @Override
        public void cancel() {
            if (state.compareAndSet(ACTIVE, CANCELED)) {
                stop.close();
            }
        }

        /** The goroutine: every signal of the subscription. */
        void emit() {
            try {
                subscriber.onSubscribe(this);
                while (state.get() == ACTIVE) {
                    if (demand.get() == 0) {
                        select(more.onRecv(), stop.onRecv()); // then look again at state and demand
                        continue;
                    }
                    Received<T> r = select(
                            source.onRecvOk((v, ok) -> new Received<T>(v, ok)),
                            stop.onRecv(x -> null));
                    if (r == null) {
                        break; // stop: canceled, or a bad request
                    }
                    if (!r.ok()) {
                        end(null); // closed and drained
                        return;
                    }
                    if (r.value() == null) {
                        end(new NullPointerException("the channel carried a null value, and Flow forbids null items (§2.13)"));
                        return;
                    }
                    demand.decrementAndGet();
                    subscriber.onNext(r.value());
                }
                stopped();
            } catch (Throwable t) {
                // The subscriber threw (§2.13 forbids it): its subscription counts as canceled,
                // and the exception escapes the goroutine, a panic as a Go program's would be.
                state.set(DONE);
                throw t;
            }
        }

        /** The stream's own end (error null: the channel closed): the last signal, unless a cancel or a bad request came first. */
        private void end(Throwable error) {
            if (!state.compareAndSet(ACTIVE, DONE)) {
                stopped();
            } else if (error == null) {
                subscriber.onComplete();
            } else {
                subscriber.onError(error);
            }
        }

        /** State is CANCELED or FAILED: nothing more for a cancel; onError for a bad request. */
        private void stopped() {
            stop.recv(); // already closed, or about to be: its closer wrote badRequest first
            if (state.get() == FAILED) {
                subscriber.onError(badRequest);
            }
        }
    }
}
