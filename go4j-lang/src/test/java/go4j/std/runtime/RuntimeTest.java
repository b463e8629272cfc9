package go4j.std.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Go;
import org.junit.jupiter.api.Test;

/** runtime on go4j's scheduler. */
class RuntimeTest {
    @Test
    void runtime() {
        Go.main(() -> {
            assertTrue(Pkg.NumGoroutine() >= 1);
            long procs = Pkg.GOMAXPROCS(0);
            assertTrue(procs >= 1);
            assertEquals(procs, Pkg.GOMAXPROCS(procs));
            Pkg.Gosched();
            Pkg.GC();
        });
        assertEquals(Runtime.getRuntime().availableProcessors(), Pkg.NumCPU());
    }

    @Test
    void memStats() {
        MemStats m = new MemStats();
        Pkg.ReadMemStats(m);
        assertTrue(m.HeapAlloc > 0 && m.Sys > 0, m.HeapAlloc + " " + m.Sys);
        assertEquals(m.HeapAlloc, m.$copy().HeapAlloc);
        Pkg.KeepAlive(m);
    }
}
