package go4j.context;

import go4j.Go;
import go4j.internal.runtime.Timers;

import java.time.Instant;
import java.util.Optional;

/**
 * Go's {@code timerCtx}: a {@link CancelCtx} with a deadline and a timer on go4j's one timer
 * heap ({@link Timers}) that cancels it with {@link Context#DEADLINE_EXCEEDED}.
 */
final class TimerCtx extends CancelCtx {
    /*
     * Invariants: timer is non-null only while the context is not canceled and its timer is
     * pending; the first cancel takes it (under lock) and cancels it (outside the lock), so a
     * canceled TimerCtx leaves nothing on the timer heap. arm() schedules before taking the
     * lock (scheduling may wake the timer thread, which must not happen under a SpinLock) and
     * cancels its own handle if the context was canceled in between.
     */

    final Instant deadline;
    private final Optional<Instant> deadlineOpt; // deadline(), allocated once
    private final Throwable deadlineCause;       // WithDeadlineCause's cause; null: DEADLINE_EXCEEDED
    private Timers.Handle timer;                 // guarded by lock

    TimerCtx(Context parent, Instant deadline, Throwable deadlineCause) {
        super(parent);
        this.deadline = deadline;
        this.deadlineOpt = Optional.of(deadline);
        this.deadlineCause = deadlineCause;
    }

    @Override
    public Optional<Instant> deadline() {
        return deadlineOpt;
    }

    /** Starts the timer: the context expires in {@code delayNanos} (> 0). */
    void arm(long delayNanos) {
        Timers.Handle h = Timers.schedule(delayNanos, this::expire);
        lock.lock();
        boolean canceled = err != null;
        if (!canceled) {
            timer = h;
        }
        lock.unlock();
        if (canceled) {
            h.cancel();
        }
    }

    /** The deadline passed (on the timer thread). */
    void expireNow() {
        cancel(true, DEADLINE_EXCEEDED, deadlineCause);
    }

    /**
     * Runs on the timer thread, whose actions must be short. Canceling a context without
     * children is: close one channel, leave the parent's list. A subtree may be large, and
     * its AfterFuncs start goroutines, so it is canceled from a goroutine of its own, as Go's
     * time.AfterFunc would run it. (A child added after the check is still canceled, inline.)
     */
    private void expire() {
        if (hasChildrenRacy()) {
            Go.go(this::expireNow);
        } else {
            expireNow();
        }
    }

    @Override
    void onCancel() {
        lock.lock();
        Timers.Handle h = timer;
        timer = null;
        lock.unlock();
        if (h != null) {
            h.cancel();
        }
    }
}
