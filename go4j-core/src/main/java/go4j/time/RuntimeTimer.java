package go4j.time;

import go4j.internal.runtime.Timers;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The runtime side of a {@link Timer} or {@link Ticker} (Go's runtime {@code timer}): a heap
 * entry in {@link Timers} plus the state {@code Stop} and {@code Reset} need.
 *
 * <p>Invariants: {@link #lock} guards {@link #armed} and the subclass's state, and is held
 * around every {@link Timers#arm}/{@link Timers#disarm} of this entry and around the part of
 * {@link #fire} that delivers. So a firing that the heap let go of before a {@code stop} or
 * {@code reset} finds a new {@link #seq()} under the lock and delivers nothing.
 */
abstract class RuntimeTimer extends Timers.Entry {
    /** Go's t.mu and t.sendLock in one. Never held while running user code. */
    final ReentrantLock lock = new ReentrantLock();
    /** Go's {@code t.when > 0}: started or reset, and neither delivered (one-shot) nor stopped. */
    boolean armed;

    /** Whether the timer is armed (for tests: false once a one-shot timer has delivered). */
    final boolean armed() {
        lock.lock();
        try {
            return armed;
        } finally {
            lock.unlock();
        }
    }

    /** Whether firing now could wake a goroutine (for tests of deadlock detection's view). */
    final boolean wouldWake() {
        return canWake();
    }

    /** Go's stopTimer: true if the call stopped the timer before it delivered. */
    abstract boolean stop();

    /**
     * Go's resetTimer: re-arms the timer for {@code when} (a {@link Timers#nanotime()} value)
     * with {@code period} (0 for one-shot); true if it had been armed and not yet delivered.
     */
    abstract boolean reset(long when, long period);
}
