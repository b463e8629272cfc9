package go4j.bridge;

import go4j.Interrupted;
import go4j.SendChan;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Flow.Subscriber} that sends every item it is given into a channel and closes the
 * channel when the publisher completes: Java's publishers (an HTTP response body, a
 * {@link java.util.concurrent.SubmissionPublisher}, a reactive library's) read with
 * {@code for (T v : c)} or in a {@code select}.
 *
 * <pre>{@code
 * Chan<String> lines = new Chan<>(16);
 * try (SubmissionPublisher<String> pub = new SubmissionPublisher<>()) {
 *     pub.subscribe(new ChanSubscriber<>(lines));
 *     go(() -> { pub.submit("one"); pub.submit("two"); pub.close(); });
 *     for (String line : lines) { // until the publisher completes
 *         System.out.println(line);
 *     }
 * }
 * }</pre>
 *
 * <p>Demand: it requests a window of the channel's capacity at once (1 for an unbuffered
 * channel), then one more after each item it has sent, so that at most the window is
 * requested and not yet sent. {@code onNext} sends as Go's {@code c <- v} does: while the
 * channel is full it blocks the thread that calls it, the publisher's (a goroutine of a
 * {@link ChanPublisher}, an executor thread of a {@code SubmissionPublisher}), which is how
 * the receivers' pace reaches the publisher.
 *
 * <p>The end: {@code onComplete} closes the channel; {@code onError} records the error, then
 * closes the channel, so that receivers stop as at a normal end and then look at
 * {@link #error()} (the close happens-before their receive of it, so they see the error). The
 * subscriber owns the channel's close, as a Go sender does: nobody else may close it. If the
 * thread blocked in {@code onNext} is interrupted, that item is not sent (go4j's rule), the
 * subscription is canceled, and the channel is closed with the {@link Interrupted} as the
 * error; items the publisher still delivers after that are dropped.
 *
 * <p>The Reactive Streams rules: a null argument to any signal throws
 * {@link NullPointerException} (§2.13); a second {@code onSubscribe} is canceled (§2.5); one
 * instance subscribes once.
 *
 * @param <T> the items' type
 */
public final class ChanSubscriber<T> implements Flow.Subscriber<T> {
    /*
     * Invariants: signals are serial (the publisher's §1.3 promise), so onNext, onError and
     * onComplete never overlap and each sees what the previous one wrote; only they touch
     * closed, and the channel is closed once, by the first of onComplete, onError or a failed
     * send. subscription is set once, by the first onSubscribe.
     */

    private final SendChan<? super T> target;
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private volatile Throwable error;   // onError's, or the interrupt of a send; written before the close
    private volatile boolean closed;    // this subscriber closed the channel: later signals are dropped

    /**
     * A subscriber sending into {@code target}, and closing it at the end.
     *
     * @param target the channel that receives what the publisher sends
     * @throws NullPointerException if {@code target} is null
     */
    public ChanSubscriber(SendChan<? super T> target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** Requests the first window: the channel's capacity, at least 1. A second subscription is canceled (§2.5). */
    @Override
    public void onSubscribe(Flow.Subscription s) {
        Objects.requireNonNull(s, "subscription"); // §2.13
        if (!subscription.compareAndSet(null, s)) {
            s.cancel();
            return;
        }
        s.request(Math.max(1, target.cap()));
    }

    /** Sends {@code item}, blocking while the channel is full, then requests one more. */
    @Override
    public void onNext(T item) {
        Objects.requireNonNull(item, "item"); // §2.13
        if (closed) {
            return; // after an interrupted send canceled the subscription
        }
        try {
            target.send(item);
        } catch (Interrupted e) {
            subscription.get().cancel();
            close(e);
            return;
        }
        subscription.get().request(1);
    }

    /** Records {@code t} as {@link #error()}, then closes the channel. */
    @Override
    public void onError(Throwable t) {
        Objects.requireNonNull(t, "throwable"); // §2.13
        close(t);
    }

    /** Closes the channel. */
    @Override
    public void onComplete() {
        close(null);
    }

    /**
     * The publisher's error, or the {@link Interrupted} that ended a send; null while there is
     * none. Read it after a receive reported the channel closed.
     *
     * @return the error that closed the channel, or null
     */
    public Throwable error() {
        return error;
    }

    private void close(Throwable t) {
        if (closed) {
            return;
        }
        closed = true;
        error = t;
        target.close();
    }
}
