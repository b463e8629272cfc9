package go4j.internal.runtime;

/**
 * Goroutines as plain virtual threads on the JDK's scheduler. GOMAXPROCS maps to the
 * scheduler's parallelism ({@code jdk.virtualThreadScheduler.parallelism}), which the JDK
 * fixes when the first virtual thread starts: {@link #setGomaxprocs} records the value and
 * returns the previous one, as Go does, but cannot resize the JDK's pool.
 */
final class JdkScheduler implements Scheduler {
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
}
