package go4j;

import go4j.internal.base.SpinLock;
import go4j.internal.runtime.Park;
import go4j.internal.runtime.Sudog;
import go4j.internal.runtime.WaitQueue;
import go4j.internal.runtime.WaitReason;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
     * Implementation overview: Go's runtime/chan.go, on the JVM.
     *
     * One lock per channel guards the ring buffer, the two FIFO wait queues of sudogs and the
     * closed flag. Invariants (as in chan.go):
     *   - at least one of sendq and recvq is empty (except for an unbuffered channel with a
     *     single goroutine blocked in select on both its send and receive side);
     *   - qcount > 0 implies recvq is empty;
     *   - qcount < cap implies sendq is empty;
     *   - once closed, both queues stay empty.
     *
     * A send that finds a waiting receiver hands the value straight to it (the receiver never
     * touches the buffer); a receive that finds a waiting sender takes the head of the buffer
     * and puts the sender's value at the tail, keeping FIFO order. A blocked operation
     * enqueues a sudog, releases the lock and parks; whoever dequeues the sudog completes it
     * under the lock and unparks its thread after releasing the lock, so that the lock is
     * never held across an unpark (which, under the gmp scheduler, runs scheduler code).
     *
     * Interrupts: the parked thread wakes with its flag set, retakes the lock, and either
     * finds its sudog completed (the operation happened: return its result, flag still set)
     * or still queued (withdraw it: the operation did not happen, throw Interrupted).
     *
     * Lock-free fast paths: trySend/tryRecv on a channel that looks not ready answer without
     * the lock, as Go's chansend/chanrecv with block=false do; the argument is next to them.
     */

    private static final VarHandle QCOUNT;
    private static final Object CLOSED = new Object();      // chanrecv: closed and drained
    private static final Object WOULD_BLOCK = new Object(); // chanrecv: !block and not ready
    private static final Chan<?> NIL = new Chan<>(true);
    /**
     * (null, false), shared: a receive on a closed channel allocates nothing. Also loads
     * {@link Received} with this class, so that the JIT never compiles recvOk with Received
     * unloaded: every goroutine parked in such a compiled recvOk would deoptimize on its
     * wake-up (see Park, "Waking many at once").
     */
    private static final Received<?> CLOSED_RECEIVED = new Received<>(null, false);

    static {
        try {
            QCOUNT = MethodHandles.lookup().findVarHandle(Chan.class, "qcount", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
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
        return new Chan<>(1, true);
    }

    /** A lock-free, possibly stale look: is a goroutine blocked receiving from this channel? */
    boolean hasWaitingReceivers() {
        return !recvq.isEmptyRacy();
    }

    final SpinLock lock;            // guards the fields below; never held while unparking or running user code
    final Object[] buf;             // ring buffer of capacity elements; null when unbuffered
    final int capacity;             // immutable; 0 for unbuffered and nil
    private int qcount;             // elements in buf; written with release (len() and fast paths read it racily)
    private int sendx;              // next index to put at
    private int recvx;              // next index to take from
    volatile boolean closed;        // written under lock; read racily by fast paths
    final WaitQueue recvq;          // blocked receivers (and select receive cases)
    final WaitQueue sendq;          // blocked senders (and select send cases)
    final boolean isNil;            // Go's nil channel: never ready
    private final boolean timer;    // a go4j.time timer's channel (Go's c.timer != nil): len and cap report 0

    /** An unbuffered channel, Go's {@code make(chan T)}. */
    public Chan() {
        this(0);
    }

    /** The largest buffer an array can hold on every JVM (the JDK's own soft limit). */
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    /**
     * A channel with a buffer of {@code capacity} elements, Go's {@code make(chan T, n)}.
     *
     * @throws Panic "makechan: size out of range", Go's panic for {@code make(chan T, n)},
     *               if {@code capacity < 0} or larger than an array can hold
     *               ({@code Integer.MAX_VALUE - 8})
     */
    public Chan(int capacity) {
        this(capacity, false);
    }

    private Chan(int capacity, boolean timer) {
        // Checked here, not left to the allocation: an oversized array is an OutOfMemoryError
        // ("Requested array size exceeds VM limit"), where Go panics as for a negative size.
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new Panic("makechan: size out of range");
        }
        this.timer = timer;
        this.capacity = capacity;
        this.buf = capacity == 0 ? null : new Object[capacity];
        this.lock = new SpinLock();
        this.recvq = new WaitQueue();
        this.sendq = new WaitQueue();
        this.isNil = false;
    }

    private Chan(boolean nil) {
        this.capacity = 0;
        this.buf = null;
        this.lock = new SpinLock();
        this.recvq = new WaitQueue();
        this.sendq = new WaitQueue();
        this.isNil = nil;
        this.timer = false;
    }

    /**
     * Go's nil channel: sends and receives block forever, it is never ready in a select, and
     * closing it panics with "close of nil channel".
     */
    @SuppressWarnings("unchecked")
    public static <T> Chan<T> nil() {
        return (Chan<T>) NIL;
    }

    // ---- sending ----

    @Override
    public void send(T value) {
        chansend(value, true);
    }

    @Override
    public boolean trySend(T value) {
        return chansend(value, false);
    }

    /** Go's chansend: true if sent; false only when {@code !block} and the send would block. */
    private boolean chansend(Object value, boolean block) {
        if (isNil) {
            if (!block) {
                return false;
            }
            Park.forever(WaitReason.CHAN_SEND_NIL);
            throw new Interrupted("send on nil channel");
        }
        // Fast path for a failed non-blocking send, without the lock (Go's argument). We read
        // "not closed" (volatile) and then "not ready for sending" (acquire). A closed channel
        // cannot go from "ready for sending" to "not ready", so even if it was closed between
        // the two reads there was a moment between them when it was both open and not ready:
        // answering "would block" is linearizable at that moment. Swapping the reads breaks it.
        if (!block && !closed && fullRacy()) {
            return false;
        }
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new Panic("send on closed channel");
        }
        Sudog receiver = recvq.dequeue();
        if (receiver != null) {
            receiver.complete(value, true); // hand the value straight over
            lock.unlock();
            receiver.wake();
            return true;
        }
        if (qcount < capacity) {
            put(value);
            lock.unlock();
            return true;
        }
        if (!block) {
            lock.unlock();
            return false;
        }
        Sudog me = Sudog.newHolding(lock, value);
        sendq.enqueue(me);
        lock.unlock();
        if (!Park.await(me, sendq, lock, WaitReason.CHAN_SEND, this)) {
            throw new Interrupted("send");
        }
        if (!me.success) {
            throw new Panic("send on closed channel"); // woken by close
        }
        return true;
    }

    /** Puts at the tail of the buffer (lock held, qcount < capacity). */
    void put(Object value) {
        buf[sendx] = value;
        if (++sendx == capacity) {
            sendx = 0;
        }
        QCOUNT.setRelease(this, qcount + 1);
    }

    private boolean fullRacy() {
        return capacity == 0 ? recvq.isEmptyRacy() : (int) QCOUNT.getAcquire(this) == capacity;
    }

    // ---- receiving ----

    @Override
    @SuppressWarnings("unchecked")
    public T recv() {
        Object v = chanrecv(true);
        return v == CLOSED ? null : (T) v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Received<T> recvOk() {
        Object v = chanrecv(true);
        return v == CLOSED ? (Received<T>) CLOSED_RECEIVED : new Received<>((T) v, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Received<T> tryRecv() {
        Object v = chanrecv(false);
        if (v == WOULD_BLOCK) {
            return null;
        }
        return v == CLOSED ? (Received<T>) CLOSED_RECEIVED : new Received<>((T) v, true);
    }

    /** Go's chanrecv: the value, {@link #CLOSED}, or (only when {@code !block}) {@link #WOULD_BLOCK}. */
    private Object chanrecv(boolean block) {
        if (isNil) {
            if (!block) {
                return WOULD_BLOCK;
            }
            Park.forever(WaitReason.CHAN_RECEIVE_NIL);
            throw new Interrupted("receive from nil channel");
        }
        // Fast path for a non-blocking receive that cannot proceed, without the lock (Go's
        // argument): "empty" is read before "closed" (the acquire read keeps the order). If the
        // channel is not closed, it was empty and open at the first read: would block. If it is
        // closed, re-check emptiness: a closed channel never becomes non-empty again, so empty
        // now means closed and drained.
        if (!block && emptyRacy()) {
            if (!closed) {
                return WOULD_BLOCK;
            }
            if (emptyRacy()) {
                return CLOSED;
            }
        }
        lock.lock();
        if (closed && qcount == 0) {
            lock.unlock();
            return CLOSED;
        }
        Sudog sender = sendq.dequeue();
        if (sender != null) {
            Object v = recvFrom(sender);
            lock.unlock();
            sender.wake();
            return v;
        }
        if (qcount > 0) {
            Object v = take();
            lock.unlock();
            return v;
        }
        if (!block) {
            lock.unlock();
            return WOULD_BLOCK;
        }
        Sudog me = Sudog.newHolding(lock, null);
        recvq.enqueue(me);
        lock.unlock();
        if (!Park.await(me, recvq, lock, WaitReason.CHAN_RECEIVE, this)) {
            throw new Interrupted("receive");
        }
        return me.success ? me.elem : CLOSED;
    }

    /**
     * Receives from a waiting sender (lock held; {@code sender} dequeued). Unbuffered: its
     * value directly. Buffered (so the buffer is full): the head of the buffer, and the
     * sender's value goes to the tail.
     */
    Object recvFrom(Sudog sender) {
        Object v;
        if (capacity == 0) {
            v = sender.elem;
        } else {
            v = buf[recvx];
            buf[recvx] = sender.elem;
            if (++recvx == capacity) {
                recvx = 0;
            }
            sendx = recvx;
        }
        sender.complete(null, true);
        return v;
    }

    /** Takes the head of the buffer (lock held, qcount > 0). */
    Object take() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == capacity) {
            recvx = 0;
        }
        QCOUNT.setRelease(this, qcount - 1);
        return v;
    }

    private boolean emptyRacy() {
        return capacity == 0 ? sendq.isEmptyRacy() : (int) QCOUNT.getAcquire(this) == 0;
    }

    int qcount() {
        return qcount;
    }

    // ---- closing ----

    @Override
    public void close() {
        if (isNil) {
            throw new Panic("close of nil channel");
        }
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new Panic("close of closed channel");
        }
        closed = true;
        // Go's closechan: collect every waiter under the lock, ready them after it. Chains
        // through the sudogs' own links, so nothing is allocated under the lock.
        Sudog receivers = recvq.dequeueAll(), senders = sendq.dequeueAll();
        for (Sudog s = receivers; s != null; s = s.next()) {
            s.complete(null, false);
        }
        for (Sudog s = senders; s != null; s = s.next()) {
            s.complete(null, false); // they panic "send on closed channel"
        }
        lock.unlock();
        Sudog.wakeAll(receivers);
        Sudog.wakeAll(senders);
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
        return timer ? 0 : (int) QCOUNT.getAcquire(this); // Go 1.23: timer channels are synchronous
    }

    @Override
    public int cap() {
        return timer ? 0 : capacity;
    }

    /** Go's {@code for v := range c}: receives until the channel is closed and drained. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Object next = WOULD_BLOCK; // WOULD_BLOCK: not fetched yet

            @Override
            public boolean hasNext() {
                if (next == WOULD_BLOCK) {
                    next = chanrecv(true);
                }
                return next != CLOSED;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("channel closed");
                }
                Object v = next;
                next = WOULD_BLOCK;
                return (T) v;
            }
        };
    }

    /** A unique number for this channel (its lock order), for diagnostics and events. */
    public long id() {
        return lock.order;
    }

    @Override
    public String toString() {
        if (isNil) {
            return "chan(nil)";
        }
        return "chan#" + lock.order + (cap() == 0 ? "" : "[" + len() + "/" + cap() + "]")
                + (closed ? " closed" : "");
    }
}
