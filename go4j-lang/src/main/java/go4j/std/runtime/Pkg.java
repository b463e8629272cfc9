package go4j.std.runtime;

import go4j.Go;

/**
 * Go's {@code runtime} package, the part programs call (stub
 * {@code go4j/std/runtime/runtime.go}), on go4j's scheduler ({@link Go}).
 *
 * <pre>{@code
 * Pkg.GOMAXPROCS(0);   // the current setting
 * Pkg.NumGoroutine();  // 1 in a program that started none
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /**
     * Go's GC: asks the JVM for a full collection ({@code System.gc()}), which the JVM does
     * unless started with {@code -XX:+DisableExplicitGC}, so that {@link #ReadMemStats} after
     * it reports what is live, as Go's does.
     */
    public static void GC() {
        System.gc();
    }

    /** @return the previous number of processors running goroutines; n &lt; 1 only asks */
    public static long GOMAXPROCS(long n) {
        return Go.gomaxprocs((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
    }

    /** Ends the calling goroutine after its deferred calls ran. */
    public static void Goexit() {
        Go.goexit();
    }

    /** Yields the processor so that other goroutines run. */
    public static void Gosched() {
        Go.gosched();
    }

    /** @return the number of processors the JVM may use */
    public static long NumCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return the number of live goroutines */
    public static long NumGoroutine() {
        return Go.numGoroutine();
    }

    /** runtime.MemProfileRate: kept for programs that set it; nothing reads it. */
    public static long MemProfileRate = 512 * 1024;

    /** @param x kept reachable up to here by the call itself */
    public static void KeepAlive(Object x) {
    }

    /**
     * Accepted and ignored: the JVM runs no Go finalizers.
     *
     * @param obj       the object
     * @param finalizer its finalizer
     */
    public static void SetFinalizer(Object obj, Object finalizer) {
    }

    /** A no-op: there is no debugger trap to fall into. */
    public static void Breakpoint() {
    }

    /** @param m filled with the JVM heap's figures */
    public static void ReadMemStats(MemStats m) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        m.Alloc = used;
        m.HeapAlloc = used;
        m.HeapInuse = used;
        m.TotalAlloc = Math.max(m.TotalAlloc, used);
        m.Sys = rt.totalMemory();
        m.HeapSys = rt.totalMemory();
        m.HeapIdle = rt.freeMemory();
        long gcs = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, gc.getCollectionCount());
        }
        m.NumGC = (int) gcs;
    }
}
