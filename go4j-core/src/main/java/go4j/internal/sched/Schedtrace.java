package go4j.internal.sched;

/**
 * What Go's {@code GODEBUG=schedtrace=N} line says, as figures (Go's runtime/proc.go
 * {@code schedtrace(detailed=false)}): read together under the scheduler lock, so that they
 * describe one moment. {@link #toString()} is the line itself, as sysmon prints it.
 *
 * @param uptimeMillis    since the scheduler started (Go: since the process started)
 * @param gomaxprocs      Ps
 * @param idleprocs       Ps in the idle list
 * @param threads         Ms ever created, plus sysmon, as Go counts them
 * @param spinningthreads Ms looking for work
 * @param idlethreads     Ms parked in the idle list
 * @param runqueue        goroutines in the global run queue
 * @param runqsizes       goroutines in each P's ring ({@code runnext} not counted, as in Go);
 *                        a fresh array
 */
public record Schedtrace(long uptimeMillis, int gomaxprocs, int idleprocs, int threads, int spinningthreads,
                         int idlethreads, int runqueue, int[] runqsizes) {
    /** Go's line: {@code SCHED 1004ms: gomaxprocs=2 idleprocs=1 threads=4 ... runqueue=0 [0 0]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(128);
        sb.append("SCHED ").append(uptimeMillis).append("ms: gomaxprocs=").append(gomaxprocs)
                .append(" idleprocs=").append(idleprocs)
                .append(" threads=").append(threads)
                .append(" spinningthreads=").append(spinningthreads)
                .append(" needspinning=0") // Go 1.21's figure; go4j's spinning rule has no such flag
                .append(" idlethreads=").append(idlethreads)
                .append(" runqueue=").append(runqueue).append(" [");
        for (int i = 0; i < runqsizes.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(runqsizes[i]);
        }
        return sb.append(']').toString();
    }
}
