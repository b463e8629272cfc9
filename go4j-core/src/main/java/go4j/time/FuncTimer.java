package go4j.time;

import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.Timers;

/**
 * The runtime timer of {@link Time#afterFunc}: when it fires, it starts {@code f} in its own
 * goroutine, of the program that created the timer. Unlike a channel timer it is held
 * strongly by the heap: {@code f} runs even if nobody keeps the {@link Timer}, as in Go.
 */
final class FuncTimer extends RuntimeTimer {
    private final Runnable f;        // the function; immutable
    private final Program program;   // the creator's program (null outside Go.main); immutable
    private boolean everQueued;      // guarded by lock: has been in the heap (so may be in it, or firing)

    FuncTimer(Runnable f, Program program) {
        this.f = f;
        this.program = program;
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
            return pending;
        } finally {
            lock.unlock();
        }
    }

    @Override
    boolean reset(long when, long period) {
        boolean pending;
        boolean runNow;
        lock.lock();
        try {
            pending = armed;
            runNow = when <= Timers.nanotime();
            if (runNow) {
                // Already expired: start f here rather than through the timer thread.
                if (everQueued) {
                    Timers.disarm(this); // out of the heap, and any firing in flight is stale
                }
                armed = false;
            } else {
                everQueued = true;
                armed = true;
                Timers.arm(this, when);
            }
        } finally {
            lock.unlock();
        }
        if (runNow) {
            Goroutines.go(f, program);
        }
        return pending;
    }

    @Override
    protected void fire(long seq, long when, long now) {
        lock.lock();
        try {
            if (seq != seq()) {
                return; // stopped or reset after the heap let go of this firing
            }
            armed = false;
        } finally {
            lock.unlock();
        }
        Goroutines.go(f, program);
    }
}
