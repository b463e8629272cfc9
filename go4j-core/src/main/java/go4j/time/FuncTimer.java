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
            Timers.disarm(this);
            return pending;
        } finally {
            lock.unlock();
        }
    }

    @Override
    boolean reset(long when, long period) {
        lock.lock();
        try {
            boolean pending = armed;
            armed = true;
            Timers.arm(this, when);
            return pending;
        } finally {
            lock.unlock();
        }
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
