package go4j.std.runtime;

import go4j.Go;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;

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

    /** Go's GC: the JVM collects when it decides, and a Go program cannot tell, so nothing. */
    public static void GC() {
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

    /** Keeps x reachable up to this call, as Go's KeepAlive. */
    public static void KeepAlive(Object x) {
        Reference.reachabilityFence(x);
    }

    /** Fills m with the JVM's heap figures and its collectors' counts and times. */
    public static void ReadMemStats(MemStats m) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        m.Alloc = heap.getUsed();
        m.TotalAlloc = heap.getUsed();
        m.HeapAlloc = heap.getUsed();
        m.HeapInuse = heap.getUsed();
        m.Sys = heap.getCommitted();
        m.HeapSys = heap.getCommitted();
        m.HeapIdle = heap.getCommitted() - heap.getUsed();
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        m.NumGC = (int) count;
        m.PauseTotalNs = millis * 1_000_000;
    }

    /** @return the number of live goroutines */
    public static long NumGoroutine() {
        return Go.numGoroutine();
    }
}
