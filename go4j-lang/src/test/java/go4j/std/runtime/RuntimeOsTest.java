package go4j.std.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.Go;
import go4j.lang.Str;
import org.junit.jupiter.api.Test;

/** runtime on go4j's scheduler, and os's environment. */
class RuntimeOsTest {
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

    @Test
    void environment() {
        String path = System.getenv("PATH");
        assertEquals(Str.fromJava(path), go4j.std.os.Pkg.Getenv("PATH"));
        assertEquals("", go4j.std.os.Pkg.Getenv("GO4J_NO_SUCH_VARIABLE"));
        Object[] r = go4j.std.os.Pkg.LookupEnv("GO4J_NO_SUCH_VARIABLE");
        assertFalse((Boolean) r[1]);
        assertEquals(ProcessHandle.current().pid(), go4j.std.os.Pkg.Getpid());
    }
}
