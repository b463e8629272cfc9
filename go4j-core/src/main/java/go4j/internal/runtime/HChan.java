package go4j.internal.runtime;

import go4j.internal.base.SpinLock;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A channel's state and its operations: Go's {@code hchan} and runtime/chan.go, on the JVM.
 * {@code go4j.Chan} is its public face; {@link Selectgo} is select.go over the same state.
 * The engine reports what Go would panic with (a result code, a message) and the public face
 * throws it: the runtime never names a public class (see the package's floor).
 *
 * <p>One lock per channel (the channel is its own {@link SpinLock}: Go's hchan holds its
 * mutex by value, and a separate lock object would cost a channel 16 more bytes) guards the ring buffer, the two FIFO wait queues of sudogs and the
 * closed flag. Invariants (as in chan.go):
 * <ul>
 *   <li>at least one of sendq and recvq is empty (except for an unbuffered channel with a
 *       single goroutine blocked in select on both its send and receive side);
 *   <li>qcount &gt; 0 implies recvq is empty;
 *   <li>qcount &lt; cap implies sendq is empty;
 *   <li>once closed, both queues stay empty.
 * </ul>
 *
 * <p>A send that finds a waiting receiver hands the value straight to it (the receiver never
 * touches the buffer); a receive that finds a waiting sender takes the head of the buffer
 * and puts the sender's value at the tail, keeping FIFO order. A blocked operation enqueues
 * a sudog, releases the lock and parks; whoever dequeues the sudog completes it under the
 * lock and unparks its thread after releasing the lock, so that the lock is never held
 * across an unpark (which, under the gmp scheduler, runs scheduler code).
 *
 * <p>Interrupts: the parked thread wakes with its flag set, retakes the lock, and either
 * finds its sudog completed (the operation happened: return its result, flag still set) or
 * still queued (withdraw it: the operation did not happen, report {@link #INTERRUPTED}).
 *
 * <p>Lock-free fast paths: a non-blocking send or receive on a channel that looks not ready
 * answers without the lock, as Go's chansend/chanrecv with block=false do; the argument is
 * next to them.
 */
public final class HChan extends SpinLock {
    /** {@link #chanrecv}: the channel is closed and drained (Go's ok == false). */
    public static final Object CLOSED = new Object();
    /** {@link #chanrecv} with {@code !block}: not ready. */
    public static final Object WOULD_BLOCK = new Object();
    /** {@link #chanrecv}: the thread was interrupted before a value came; nothing received. */
    public static final Object INTERRUPTED = new Object();

    /** {@link #chansend}: sent. */
    public static final int SENT = 0;
    /** {@link #chansend} with {@code !block}: not ready. */
    public static final int FULL = 1;
    /** {@link #chansend}: the channel is closed, Go's panic "send on closed channel". */
    public static final int SEND_CLOSED = 2;
    /** {@link #chansend}: interrupted before the value was taken; nothing sent. */
    public static final int SEND_INTERRUPTED = 3;

    /** The largest buffer an array can hold on every JVM (the JDK's own soft limit). */
    public static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    /** Go's nil channel: never ready, blocks forever, cannot be closed. */
    public static final HChan NIL = new HChan();

    private static final VarHandle QCOUNT;

    static {
        try {
            QCOUNT = MethodHandles.lookup().findVarHandle(HChan.class, "qcount", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // The lock (this, a SpinLock) guards the fields below; never held while unparking or running user code.
    private final Object[] buf;     // ring buffer of capacity elements; null when unbuffered
    final int capacity;             // immutable; 0 for unbuffered and nil
    private int qcount;             // elements in buf; written with release (len() and fast paths read it racily)
    private int sendx;              // next index to put at
    private int recvx;              // next index to take from
    volatile boolean closed;        // written under lock; read racily by fast paths
    final WaitQueue recvq;          // blocked receivers (and select receive cases)
    final WaitQueue sendq;          // blocked senders (and select send cases)
    final boolean isNil;            // Go's nil channel: never ready
    private final boolean timer;    // a timer's channel (Go's c.timer != nil): len and cap report 0
    final Bubble bubble = Bubble.current(); // the synctest bubble it was made in; null outside bubbles

    /**
     * A channel with a buffer of {@code capacity} elements (0: unbuffered). A {@code timer}
     * channel is Go 1.23's timer channel: a one-element buffer that {@link #len()} and
     * {@link #cap()} report as 0, because timer channels are synchronous; its timer empties
     * the buffer on stop and reset.
     *
     * @param capacity the buffer size
     * @param timer whether this is a timer's channel
     * @throws IllegalArgumentException if {@code capacity} is not in {@code [0, MAX_CAPACITY]}
     *         (the public face checks first and panics as Go does)
     */
    public HChan(int capacity, boolean timer) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.timer = timer;
        this.capacity = capacity;
        this.buf = capacity == 0 ? null : new Object[capacity];
        this.recvq = new WaitQueue();
        this.sendq = new WaitQueue();
        this.isNil = false;
    }

    private HChan() {
        this.capacity = 0;
        this.buf = null;
        this.recvq = new WaitQueue();
        this.sendq = new WaitQueue();
        this.isNil = true;
        this.timer = false;
    }

    /**
     * True when this channel belongs to a synctest bubble and the caller is not in it: Go's
     * "send on synctest channel from outside bubble" and its receive, close and select twins.
     * Outside bubbles: one read of a null field.
     *
     * @return whether the caller may not use this channel
     */
    public boolean outsideBubble() {
        return bubble != null && Bubble.current() != bubble;
    }

    // ---- sending ----

    /**
     * Go's chansend: {@link #SENT}; {@link #FULL} only when {@code !block} and the send would
     * block; {@link #SEND_CLOSED} if the channel is closed (or was closed while the sender
     * waited); {@link #SEND_INTERRUPTED} if interrupted first (a nil channel returns only so).
     *
     * @param value the value to send
     * @param block whether to wait when the send cannot proceed
     * @return one of the send outcome constants
     */
    public int chansend(Object value, boolean block) {
        if (isNil) {
            if (!block) {
                return FULL;
            }
            Park.forever(WaitReason.CHAN_SEND_NIL);
            return SEND_INTERRUPTED;
        }
        // Fast path for a failed non-blocking send, without the lock (Go's argument). We read
        // "not closed" (volatile) and then "not ready for sending" (acquire). A closed channel
        // cannot go from "ready for sending" to "not ready", so even if it was closed between
        // the two reads there was a moment between them when it was both open and not ready:
        // answering "would block" is linearizable at that moment. Swapping the reads breaks it.
        if (!block && !closed && fullRacy()) {
            return FULL;
        }
        lock();
        if (closed) {
            unlock();
            return SEND_CLOSED;
        }
        Sudog receiver = recvq.dequeue();
        if (receiver != null) {
            receiver.complete(value, true); // hand the value straight over
            unlock();
            receiver.wakeOne();
            return SENT;
        }
        if (qcount < capacity) {
            put(value);
            unlock();
            return SENT;
        }
        if (!block) {
            unlock();
            return FULL;
        }
        Sudog me = sendq.enqueueSelf(value, this, this, null);
        if (!sendq.park(me, this, WaitReason.CHAN_SEND, this, null)) {
            return SEND_INTERRUPTED;
        }
        return me.success ? SENT : SEND_CLOSED; // not success: woken by close
    }

    /** Puts at the tail of the buffer (lock held, {@code qcount < capacity}). */
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

    /**
     * Go's chanrecv: the value; {@link #CLOSED} once the channel is closed and drained;
     * {@link #WOULD_BLOCK} only when {@code !block} and the receive would block;
     * {@link #INTERRUPTED} if interrupted first (a nil channel returns only so).
     *
     * @param block whether to wait when the receive cannot proceed
     * @return the value received, or one of the receive outcome constants
     */
    public Object chanrecv(boolean block) {
        if (isNil) {
            if (!block) {
                return WOULD_BLOCK;
            }
            Park.forever(WaitReason.CHAN_RECEIVE_NIL);
            return INTERRUPTED;
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
        lock();
        if (closed && qcount == 0) {
            unlock();
            return CLOSED;
        }
        Sudog sender = sendq.dequeue();
        if (sender != null) {
            Object v = recvFrom(sender);
            unlock();
            sender.wakeOne();
            return v;
        }
        if (qcount > 0) {
            Object v = take();
            unlock();
            return v;
        }
        if (!block) {
            unlock();
            return WOULD_BLOCK;
        }
        Sudog me = recvq.enqueueSelf(null, this, this, null);
        if (!recvq.park(me, this, WaitReason.CHAN_RECEIVE, this, null)) {
            return INTERRUPTED;
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

    /** Elements in the buffer (lock held). */
    int qcount() {
        return qcount;
    }

    // ---- closing ----

    /**
     * Go's closechan: null when closed now, else the text Go panics with ("close of nil
     * channel", "close of closed channel"), the channel unchanged. Every waiting receiver
     * gets (null, false); every waiting sender is woken to panic "send on closed channel".
     *
     * @return null if closed now, else Go's panic text
     */
    public String closechan() {
        if (isNil) {
            return "close of nil channel";
        }
        lock();
        if (closed) {
            unlock();
            return "close of closed channel";
        }
        closed = true;
        // Collect every waiter under the lock, ready them after it. Chains through the
        // sudogs' own links, so nothing is allocated under the lock.
        Sudog receivers = recvq.dequeueAll(), senders = sendq.dequeueAll();
        for (Sudog s = receivers; s != null; s = s.next) {
            s.complete(null, false);
        }
        for (Sudog s = senders; s != null; s = s.next) {
            s.complete(null, false); // they panic "send on closed channel"
        }
        unlock();
        Woken.wake(receivers);
        Woken.wake(senders);
        return null;
    }

    // ---- the rest ----

    /**
     * Go's {@code len}: elements buffered, a racy read (0 for a timer's channel).
     *
     * @return the number of buffered elements
     */
    public int len() {
        return timer ? 0 : (int) QCOUNT.getAcquire(this);
    }

    /**
     * Go's {@code cap} (0 for a timer's channel).
     *
     * @return the buffer's capacity
     */
    public int cap() {
        return timer ? 0 : capacity;
    }

    /**
     * Whether this is Go's nil channel.
     *
     * @return true for {@link #NIL}
     */
    public boolean isNil() {
        return isNil;
    }

    /**
     * A lock-free, possibly stale look: is a goroutine blocked receiving from this channel?
     *
     * @return whether a receiver seemed to be waiting
     */
    public boolean hasWaitingReceivers() {
        return !recvq.isEmptyRacy();
    }

    /**
     * A unique number for this channel (its lock order), for diagnostics and events.
     *
     * @return the channel's id
     */
    public long id() {
        return order;
    }

    @Override
    public String toString() {
        if (isNil) {
            return "chan(nil)";
        }
        return "chan#" + order + (cap() == 0 ? "" : "[" + len() + "/" + cap() + "]")
                + (closed ? " closed" : "");
    }
}
