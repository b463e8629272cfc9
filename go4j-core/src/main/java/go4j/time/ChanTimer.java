package go4j.time;

import go4j.Chan;
import go4j.internal.runtime.Timers;

import java.lang.ref.WeakReference;
import java.time.Instant;

/**
 * A timer or ticker that sends on a channel (Go's runtime timer with {@code isChan}), with
 * Go 1.23's semantics: the channel behaves as if unbuffered, and once {@code stop} or
 * {@code reset} returns no value prepared before the call is ever received.
 */
final class ChanTimer extends RuntimeTimer {
    /*
     * Implementation overview.
     *
     * The channel is Go's: a one-element buffer (TimerChans.newTimerChan) whose len and cap
     * read 0. A firing does a non-blocking send: it hands the time to a blocked receiver or
     * leaves it in the buffer; a ticker whose buffer is still full drops the tick (a slow
     * receiver), as Go's sendTime does.
     *
     * No stale values. stop and reset, holding lock: (1) bump seq through Timers.disarm/arm,
     * so that a firing already taken off the heap, which needs lock to deliver, finds a new
     * seq and sends nothing; (2) drain the buffer, so a value delivered earlier but not yet
     * received is gone. Whatever was received before that was received before the call
     * returned. Go's unlockAndRun/timerchandrain, with one lock for t.mu and t.sendLock.
     *
     * Results (Go 1.23): stop and reset return armed || drained. A value sitting in the
     * buffer counts as not delivered: Go promises that if the program has not received from
     * the channel and the timer is running, stop returns true.
     *
     * Garbage. The heap holds this entry only; the entry holds the channel through a
     * WeakReference and holds no user object. The Timer or Ticker holds the channel, and a
     * goroutine blocked on the channel holds it from its stack, so the channel stays alive
     * exactly while someone could receive from it. If it is collected while the entry is in
     * the heap, the reference (a Timers.weakTarget) is enqueued and targetCollected() disarms
     * the entry, so an unreferenced, never-stopped timer or ticker is garbage, heap entry
     * included (Go 1.23).
     *
     * A deadline already passed when start or reset arms the timer (a zero or negative
     * duration) is delivered right there, under lock, instead of through the timer thread:
     * the value is in the channel when newTimer or reset returns, as Go 1.23 runs an expired
     * timer inline when a receiver looks, and after(0) costs no thread hand-off.
     *
     * Decision: firing is eager (in the heap while armed), not Go 1.23's lazy scheme (in the
     * heap only while a goroutine is blocked on the channel), which would need hooks in every
     * channel receive. The observable difference is none except cost: an unread ticker
     * still wakes the timer thread each period, as in Go before 1.23. For deadlock detection
     * canWake() reports Go 1.23's view: the timer counts only while someone waits on it.
     */
    private final WeakReference<Chan<Instant>> chan; // the channel; weak, see above
    private long period;                             // guarded by lock: ns between ticks; 0 for a one-shot timer
    private boolean everQueued;                      // guarded by lock: has been in the heap (so may be in it, or firing)

    private ChanTimer(Chan<Instant> chan) {
        this.chan = Timers.weakTarget(chan, this);
    }

    /** A new timer channel and its armed runtime timer: first send at {@code when}. */
    static ChanTimer start(Chan<Instant> c, long when, long period) {
        ChanTimer t = new ChanTimer(c);
        t.reset(when, period);
        return t;
    }

    /** A fresh timer channel: a one-element buffer that reads as unbuffered. */
    static Chan<Instant> newChan() {
        return TimerChans.newTimerChan();
    }

    @Override
    boolean stop() {
        lock.lock();
        try {
            boolean pending = armed;
            armed = false;
            if (everQueued) {
                Timers.disarm(this);
            }
            return drain() | pending;
        } finally {
            lock.unlock();
        }
    }

    @Override
    boolean reset(long when, long period) {
        lock.lock();
        try {
            boolean pending = armed;
            boolean drained = drain();
            this.period = period;
            armed = true;
            long now = Timers.nanotime();
            if (when <= now) {
                // Already expired: deliver here rather than through the timer thread, as Go
                // 1.23 runs an expired timer inline when a receiver looks at the channel.
                if (everQueued) {
                    Timers.disarm(this); // out of the heap, and any firing in flight is stale
                }
                run(when, now);
            } else {
                queue(when);
            }
            return drained | pending;
        } finally {
            lock.unlock();
        }
    }

    /** Puts the entry in the heap (lock held). */
    private void queue(long when) {
        everQueued = true;
        Timers.arm(this, when);
    }

    /** Empties the buffer (lock held); true if a value was waiting there. */
    private boolean drain() {
        Chan<Instant> c = chan.get();
        return c != null && c.tryRecv() != null;
    }

    /** The channel is garbage: nobody can receive any more. */
    @Override
    protected void targetCollected() {
        lock.lock();
        try {
            armed = false;
            Timers.disarm(this);
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void fire(long seq, long when, long now) {
        lock.lock();
        try {
            if (seq != seq()) {
                return; // stopped or reset after the heap let go of this firing: stale
            }
            run(when, now);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Delivers for deadline {@code when} (lock held, armed, not in the heap): a non-blocking
     * send, and a ticker re-armed for its next period.
     */
    private void run(long when, long now) {
        Chan<Instant> c = chan.get();
        if (c == null) {
            armed = false; // collected: nobody can receive
            return;
        }
        if (period > 0) {
            queue(next(when, now, period));
        } else {
            armed = false;
        }
        // The time it was meant to fire, as Go's sendTime subtracts the delay. A full buffer
        // (a ticker's slow receiver) drops the value.
        c.trySend(Timers.instantAt(this, when));
    }

    /** A ticker's next deadline: the first multiple of period after now (missed ticks are skipped). */
    static long next(long when, long now, long period) {
        long delay = now - when;
        try {
            return Math.addExact(when, Math.multiplyExact(period, 1 + delay / period));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    protected boolean canWake() {
        Chan<Instant> c = chan.get();
        return c != null && TimerChans.hasWaitingReceivers(c);
    }
}
