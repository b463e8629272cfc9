package go4j.internal.sched;


import go4j.internal.base.RuntimeThread;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * An M (Go's {@code m}): a platform carrier thread that runs goroutines' continuations while it
 * holds a P. Its whole life is {@link GmpScheduler#schedule(M)}.
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@link #p}, {@link #spinning}, {@link #inherit} and {@link #yieldTask} are confined to this thread (wake-ups that happen on this M, including inside
 *       the virtual thread mounted on it, run on this same OS thread).</li>
 *   <li>{@link #curTask} is non-null exactly while a continuation runs on this M;
 *       {@link #ntasks} counts the continuations started. Both are written opaque by this
 *       thread and read by sysmon and spinners (a stale read only delays a decision).</li>
 *   <li>{@link #nextp} is written under the scheduler lock by whoever takes this M out of the
 *       idle list (or creates it), and consumed by this M before it does anything else: an M
 *       is in the idle list at most once ({@link #idle}), and only while it holds no P and
 *       has none handed to it. (A new M that looked for a P of its own before taking the
 *       handed one could be listed idle while running, then listed twice, and a second
 *       hand-off would overwrite the first: a P lost for good.)</li>
 * </ul>
 */
final class M extends RuntimeThread {
    private static final VarHandle CUR_TASK;
    private static final VarHandle NTASKS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CUR_TASK = l.findVarHandle(M.class, "curTask", Runnable.class);
            NTASKS = l.findVarHandle(M.class, "ntasks", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final GmpScheduler sched;
    final int mid;

    P p;                      // the P this M holds (possibly TAKEN and not yet noticed), or null
    boolean spinning;         // counted in sched.nmspinning
    boolean inherit;          // the task just picked came from runnext (Go's inheritTime)
    Runnable yieldTask;       // set by gosched just before Thread.yield: resubmit it globally
    private Runnable curTask; // the continuation running now; opaque
    private long ntasks;      // continuations started; opaque

    volatile P nextp;         // handed over by startm; under the scheduler lock
    boolean nextSpinning;     // with nextp: start out spinning; under the scheduler lock
    M link;                   // next in the idle M list; under the scheduler lock
    boolean idle;             // in the idle M list; under the scheduler lock

    private int seed;         // rand()'s state

    /**
     * go4j.sched.stackSize: the stack of each M, in bytes (0: the JVM's -Xss). A goroutine's
     * frames are on its carrier's stack while it runs, so this bounds how deep it recurses.
     */
    private static final long STACK_SIZE = Math.max(0, Long.getLong("go4j.sched.stackSize", 0));

    M(GmpScheduler sched, int mid) {
        super(null, "go4j-m" + mid, STACK_SIZE);
        this.sched = sched;
        this.mid = mid;
        this.seed = mid * 0x9E3779B9 | 1;
    }

    @Override
    public void run() {
        sched.schedule(this);
    }

    /** Runs one continuation: what Go's execute + gogo do. */
    void runTask(Runnable r) {
        CUR_TASK.setOpaque(this, r);
        NTASKS.setOpaque(this, ntasks + 1);
        try {
            r.run();
        } catch (Throwable t) {
            // runContinuation catches everything a goroutine throws; this is a JDK bug path.
            getUncaughtExceptionHandler().uncaughtException(this, t);
        }
        CUR_TASK.setOpaque(this, null);
    }

    Runnable curTask() {
        return curTask; // own thread: plain
    }

    Runnable curTaskRacy() {
        return (Runnable) CUR_TASK.getOpaque(this);
    }

    long ntasksRacy() {
        return (long) NTASKS.getOpaque(this);
    }

    /** Parks until a P is handed over; false if the scheduler shut down first. */
    boolean awaitP() {
        P np;
        while ((np = nextp) == null) {
            if (sched.shutdown) {
                return false;
            }
            LockSupport.park(this);
        }
        nextp = null;
        p = np;
        spinning = nextSpinning;
        return true;
    }

    /** A cheap per-M random number in [0, n). */
    int rand(int n) {
        int x = seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        seed = x;
        return (x & Integer.MAX_VALUE) % n;
    }
}
