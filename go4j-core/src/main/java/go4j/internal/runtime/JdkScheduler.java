package go4j.internal.runtime;

import go4j.internal.sched.Scheduler;
import java.util.concurrent.locks.LockSupport;

/**
 * Goroutines as plain virtual threads on the JDK's scheduler. GOMAXPROCS maps to the
 * scheduler's parallelism ({@code jdk.virtualThreadScheduler.parallelism}), which the JDK
 * fixes when the first virtual thread starts: {@link #setGomaxprocs} records the value and
 * returns the previous one, as Go does, but cannot resize the JDK's pool.
 */
final class JdkScheduler implements Scheduler {
    /*
     * gosched. Go's Gosched puts the goroutine on the global run queue, behind every goroutine
     * already waiting there, however it became runnable. Thread.yield() falls short of that on
     * the JDK's scheduler: a yielding virtual thread goes back on its carrier's local queue
     * whenever that queue is not empty, and a ForkJoinPool worker runs its local queue to the
     * end before it looks at the submission queues, where the goroutines started or woken by
     * other threads (a platform thread, the timer thread) wait. So two goroutines per carrier
     * looping on gosched starved such a goroutine forever (GoTest.goschedLoopsOnEveryProcessor
     * StillLetANewGoroutineRun hung). Hence every KICK_EVERY-th gosched of a goroutine parks
     * it and has the timer thread, a platform thread, resume it: through a submission queue.
     * Once each looping goroutine has done that, no local queue holds one of them any more,
     * their yields go to a submission queue as well (the JDK does so when the local queue is
     * empty), and every waiting goroutine gets its turn. The other calls stay a plain yield:
     * a kick costs a timer-thread round trip (~30 us on the development machine, ~1 us a yield).
     * A goroutine that loops without gosched, or a pair that keeps waking each other, can
     * still starve the submission queues of the JDK's pool; only the gmp scheduler (Go's
     * global-queue check every 61 ticks) prevents that.
     */
    private static final int KICK_EVERY = Integer.getInteger("go4j.jdk.goschedKickEvery", 8);
    /** A virtual thread's gosched count when it is not a goroutine (a goroutine's is in its G). */
    private static final ThreadLocal<int[]> GOSCHED_TICKS = ThreadLocal.withInitial(() -> new int[1]);

    private final Thread.Builder.OfVirtual builder = Thread.ofVirtual();
    private volatile int procs;

    JdkScheduler(int procs) {
        this.procs = procs;
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public Thread newThread(Runnable task) {
        return builder.unstarted(task);
    }

    @Override
    public int gomaxprocs() {
        return procs;
    }

    @Override
    public int setGomaxprocs(int n) {
        int old = procs;
        procs = n;
        return old;
    }

    @Override
    public void gosched() {
        Thread self = Thread.currentThread();
        if (!self.isVirtual() || goschedTick() % KICK_EVERY != 0 || self.isInterrupted()) {
            Thread.yield(); // (an interrupted thread cannot park)
            return;
        }
        Kick kick = new Kick(self);
        Timers.scheduleReal(0, kick); // real time: a synctest bubble's clock must not hold it
        while (!kick.resumed && !self.isInterrupted()) {
            LockSupport.park(kick);
        }
        // The parks above may have consumed a permit that the caller's own LockSupport
        // protocol relies on: give one back. A later park then returns once, spuriously,
        // which park allows and go4j's own waits loop over.
        LockSupport.unpark(self);
    }

    /** Counts a gosched of the calling virtual thread; returns the count. */
    private static int goschedTick() {
        G g = G.current();
        return g != null ? ++g.goschedTicks : ++GOSCHED_TICKS.get()[0];
    }

    /** Resumes a goroutine parked in gosched, from the timer thread. */
    private static final class Kick implements Runnable {
        private final Thread thread;
        volatile boolean resumed;

        Kick(Thread thread) {
            this.thread = thread;
        }

        @Override
        public void run() {
            resumed = true;
            LockSupport.unpark(thread);
        }
    }
}
