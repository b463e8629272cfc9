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

    /** @return the number of live goroutines */
    public static long NumGoroutine() {
        return Go.numGoroutine();
    }
}
