package go4j;

import go4j.internal.runtime.HChan;
import go4j.internal.runtime.Panics;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Go channel: unbuffered ({@code new Chan<>()}) or buffered ({@code new Chan<>(n)}), with
 * Go's semantics to the letter. It is both a {@link SendChan} and a {@link RecvChan}; pass
 * one of those views to give away only one direction. {@link #nil()} is Go's nil channel.
 * Works from goroutines and from any other thread.
 *
 * <pre>{@code
 * Chan<String> c = new Chan<>();
 * go(() -> c.send("ping"));
 * System.out.println(c.recv()); // ping
 * }</pre>
 *
 * @param <T> element type; null is a legal element
 */
public final class Chan<T> implements SendChan<T>, RecvChan<T> {
    /*
     * The public face of a channel: Go's runtime/chan.go is HChan, in the runtime, as Go keeps
     * hchan in package runtime. This class turns what the engine reports into what Go does
     * (the panics, the (value, ok) pair) and Java expects (Interrupted, an Iterator).
     */

    private static final Chan<?> NIL = new Chan<>(HChan.NIL);
    /**
     * (null, false), shared: a receive on a closed channel allocates nothing. Also loads
     * {@link Received} with this class, so that the JIT never compiles recvOk with Received
     * unloaded: every goroutine parked in such a compiled recvOk would deoptimize on its
     * wake-up (see Park, "Waking many at once").
     */
    private static final Received<?> CLOSED_RECEIVED = new Received<>(null, false);

    /** The channel itself: state, queues, operations. */
    final HChan h;

    /** An unbuffered channel, Go's {@code make(chan T)}. */
    public Chan() {
        this(0);
    }

    /**
     * A channel with a buffer of {@code capacity} elements, Go's {@code make(chan T, n)}.
     *
     * @param capacity the buffer's size; 0 makes an unbuffered channel
     * @throws Panic "makechan: size out of range", Go's panic for {@code make(chan T, n)},
     *               if {@code capacity < 0} or larger than an array can hold
     *               ({@code Integer.MAX_VALUE - 8})
     */
    public Chan(int capacity) {
        // Checked here, not left to the allocation: an oversized array is an OutOfMemoryError
        // ("Requested array size exceeds VM limit"), where Go panics as for a negative size.
        if (capacity < 0 || capacity > HChan.MAX_CAPACITY) {
            throw new Panic("makechan: size out of range");
        }
        this.h = new HChan(capacity, false);
    }

    private Chan(HChan h) {
        this.h = h;
    }

    /*
     * Lent to go4j.time, which reaches them through a private lookup (go4j.time.TimerChans):
     * go4j.time sits above this package, and nothing public may expose them.
     */

    /**
     * A timer's channel (Go's {@code c.timer != nil}): a one-element buffer that {@code len()}
     * and {@code cap()} report as 0, because Go 1.23 timer channels are synchronous; the timer
     * empties the buffer on stop and reset.
     */
    static <T> Chan<T> newTimerChan() {
        return new Chan<>(new HChan(1, true));
    }

    /** A lock-free, possibly stale look: is a goroutine blocked receiving from this channel? */
    boolean hasWaitingReceivers() {
        return h.hasWaitingReceivers();
    }

    /**
     * Go's nil channel: sends and receives block forever, it is never ready in a select, and
     * closing it panics with "close of nil channel".
     *
     * @param <T> the element type
     * @return the nil channel (one instance, whatever {@code T})
     */
    @SuppressWarnings("unchecked")
    public static <T> Chan<T> nil() {
        return (Chan<T>) NIL;
    }

    // ---- sending ----

    @Override
    public void send(T value) {
        if (h.outsideBubble()) {
            throw outsideBubble("send on");
        }
        int r = h.chansend(value, true);
        if (r != HChan.SENT) {
            throw sendFailure(r);
        }
    }

    @Override
    public boolean trySend(T value) {
        if (h.outsideBubble()) {
            throw outsideBubble("send on");
        }
        int r = h.chansend(value, false);
        if (r == HChan.SENT) {
            return true;
        }
        if (r == HChan.FULL) {
            return false;
        }
        throw sendFailure(r);
    }

    /** What a send that chansend answered SEND_CLOSED or SEND_INTERRUPTED throws. */
    /** Go's fatal error for a channel of a synctest bubble used from outside it. */
    private static RuntimeException outsideBubble(String op) {
        return Panics.fatal(new Panic(op + " synctest channel from outside bubble"));
    }

    private RuntimeException sendFailure(int r) {
        if (r == HChan.SEND_CLOSED) {
            return new Panic("send on closed channel");
        }
        return new Interrupted(h.isNil() ? "send on nil channel" : "send");
    }

    // ---- receiving ----

    @Override
    @SuppressWarnings("unchecked")
    public T recv() {
        if (h.outsideBubble()) {
            throw outsideBubble("receive on");
        }
        Object v = received(h.chanrecv(true));
        return v == HChan.CLOSED ? null : (T) v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Received<T> recvOk() {
        if (h.outsideBubble()) {
            throw outsideBubble("receive on");
        }
        Object v = received(h.chanrecv(true));
        return v == HChan.CLOSED ? (Received<T>) CLOSED_RECEIVED : new Received<>((T) v, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Received<T> tryRecv() {
        if (h.outsideBubble()) {
            throw outsideBubble("receive on");
        }
        Object v = h.chanrecv(false);
        if (v == HChan.WOULD_BLOCK) {
            return null;
        }
        v = received(v);
        return v == HChan.CLOSED ? (Received<T>) CLOSED_RECEIVED : new Received<>((T) v, true);
    }

    /** {@code v} as chanrecv returned it, unless the receive was interrupted: then throws. */
    private Object received(Object v) {
        if (v == HChan.INTERRUPTED) {
            throw new Interrupted(h.isNil() ? "receive from nil channel" : "receive");
        }
        return v;
    }

    // ---- closing ----

    @Override
    public void close() {
        if (h.outsideBubble()) {
            throw outsideBubble("close of");
        }
        String panic = h.closechan();
        if (panic != null) {
            throw new Panic(panic);
        }
    }

    // ---- select cases ----

    @Override
    public Case<Void> onSend(T value) {
        return new Case<>(this, Case.SEND, value, null);
    }

    @Override
    public <R> Case<R> onSend(T value, Supplier<? extends R> then) {
        return new Case<>(this, Case.SEND, value, java.util.Objects.requireNonNull(then, "then"));
    }

    @Override
    public Case<T> onRecv() {
        return new Case<>(this, Case.RECV, null, null);
    }

    @Override
    public <R> Case<R> onRecv(Function<? super T, ? extends R> then) {
        return new Case<>(this, Case.RECV, null, java.util.Objects.requireNonNull(then, "then"));
    }

    @Override
    public <R> Case<R> onRecvOk(BiFunction<? super T, Boolean, ? extends R> then) {
        return new Case<>(this, Case.RECV_OK, null, java.util.Objects.requireNonNull(then, "then"));
    }

    // ---- the rest ----

    @Override
    public int len() {
        return h.len(); // Go 1.23: timer channels are synchronous, len 0
    }

    @Override
    public int cap() {
        return h.cap();
    }

    /** Go's {@code for v := range c}: receives until the channel is closed and drained. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Object next = HChan.WOULD_BLOCK; // WOULD_BLOCK: not fetched yet

            @Override
            public boolean hasNext() {
                if (next == HChan.WOULD_BLOCK) {
                    if (h.outsideBubble()) {
                        throw outsideBubble("receive on");
                    }
                    next = received(h.chanrecv(true));
                }
                return next != HChan.CLOSED;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("channel closed");
                }
                Object v = next;
                next = HChan.WOULD_BLOCK;
                return (T) v;
            }
        };
    }

    /**
     * A unique number for this channel (its lock order), for diagnostics and events.
     *
     * @return the channel's number, the one JFR events and {@link #toString()} show
     */
    public long id() {
        return h.id();
    }

    @Override
    public String toString() {
        return h.toString();
    }
}
