package go4j.internal.runtime;

/** Creates the G/M/P scheduler if the JDK hook it needs is reachable; else says why, once. */
final class GmpLoader {
    private GmpLoader() {
    }

    static Scheduler tryCreate(int procs) {
        System.err.println("go4j: the gmp scheduler is not built yet; using the JDK scheduler");
        return null;
    }
}
