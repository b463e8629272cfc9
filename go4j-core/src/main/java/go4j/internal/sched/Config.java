package go4j.internal.sched;

/**
 * The scheduler's tunables. {@link #fromSystemProperties} reads them from {@code go4j.sched.*}
 * system properties; tests build small values directly to reach boundary code (a run queue of
 * 4 overflows to the global queue after a handful of goroutines).
 *
 * @param runqSize          slots of each P's local run queue (Go: 256); a power of two, at least 2
 * @param globalCheckTicks  a P looks at the global queue first every this many scheduling ticks (Go: 61)
 * @param idleSpinNanos     how long an M with nothing to run actively watches the global
 *                          queue before the grace sleep below, and then parks
 * @param runnextGraceNanos a spinning M sleeps this long before stealing a P's {@code runnext}
 *                          or half its ring, and steals them only if that P's M stayed in the
 *                          same task meanwhile (or, for the ring, got through too little of it:
 *                          Departures.RING_STEAL_FACTOR); Go sleeps 3µs before a runnext
 *                          only, which the kernel's timer slack makes ~50µs
 * @param retakeNanos       sysmon hands a P to another M when its M has been in one task this
 *                          long and other goroutines are waiting (Go: 10ms preemption, 20µs for syscalls)
 * @param preemptNanos      sysmon breaks a chain of {@code runnext} hand-offs that has kept a P's
 *                          other goroutines waiting this long (Go: forcePreemptNS, 10ms)
 * @param sysmonTickNanos   how often sysmon looks while any P is busy
 * @param maxMs             the most carrier threads (Ms) ever created (Go: 10000)
 */
record Config(int runqSize, int globalCheckTicks, long idleSpinNanos, long runnextGraceNanos,
              long retakeNanos, long preemptNanos, long sysmonTickNanos, int maxMs) {

    Config {
        if (runqSize < 2 || Integer.bitCount(runqSize) != 1) {
            throw new IllegalArgumentException("go4j.sched.runqSize must be a power of two >= 2: " + runqSize);
        }
        if (globalCheckTicks < 1 || maxMs < 1 || sysmonTickNanos < 1 || idleSpinNanos < 0
                || runnextGraceNanos < 0 || retakeNanos < 0 || preemptNanos < 0) {
            throw new IllegalArgumentException("go4j.sched: bad tunable in " + this);
        }
    }

    static Config fromSystemProperties() {
        long retake = millis("go4j.sched.retakeMillis", 10);
        return new Config(
                Integer.getInteger("go4j.sched.runqSize", 256),
                Integer.getInteger("go4j.sched.globalCheckTicks", 61),
                Long.getLong("go4j.sched.idleSpinNanos", 5_000),
                Long.getLong("go4j.sched.runnextGraceNanos", 20_000),
                retake,
                millis("go4j.sched.preemptMillis", 10),
                Long.getLong("go4j.sched.sysmonMicros", Math.max(100, retake / 1000 / 5)) * 1000,
                Integer.getInteger("go4j.sched.maxMs", 256));
    }

    private static long millis(String property, long dflt) {
        return Long.getLong(property, dflt) * 1_000_000L;
    }
}
