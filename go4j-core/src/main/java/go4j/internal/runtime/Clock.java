package go4j.internal.runtime;

/** The clock wait times are measured with. One place, so that a cheaper one can replace it. */
public final class Clock {
    private Clock() {
    }

    public static long coarseNanos() {
        return System.nanoTime();
    }
}
