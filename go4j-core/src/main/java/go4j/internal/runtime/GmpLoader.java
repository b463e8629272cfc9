package go4j.internal.runtime;

import go4j.internal.sched.GmpScheduler;

/** Creates the G/M/P scheduler if the JDK hook it needs is reachable; else says why, once, on stderr. */
final class GmpLoader {
    private GmpLoader() {
    }

    static Scheduler tryCreate(int procs) {
        try {
            return GmpScheduler.create(procs);
        } catch (UnsupportedOperationException e) {
            System.err.println("go4j: gmp scheduler unavailable: " + e.getMessage() + "; using the JDK scheduler");
            return null;
        }
    }
}
