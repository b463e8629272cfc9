package go4j.bench;

import go4j.bench.Workload.Impl;
import go4j.bench.Workload.Kind;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table's rows point at benchmarks that exist, and each variant forks with its flags. */
class HarnessSetupTest {
    @Test
    void everyRowNamesAnExistingJmhMethodForEachOfItsImplementations() throws Exception {
        for (Workload w : Workload.all()) {
            if (w.kind() == Kind.MEMORY) {
                continue;
            }
            Class<?> c = Class.forName("go4j.bench." + w.jmhClass());
            for (Impl i : w.impls()) {
                Method m = method(c, i.method);
                assertNotNull(m.getAnnotation(Benchmark.class), w.name() + " " + i);
            }
        }
    }

    @Test
    void gmpVariantsForkWithAddOpensAndEachVariantNamesItsScheduler() throws Exception {
        for (String cls : List.of("PingPong", "CrossPingPong", "ProdCons", "SelectRecv", "SpawnJoin", "SpawnParked",
                "CloseBroadcast", "Sieve", "Pipeline", "Skynet", "WorkerPool", "CtxCancelTree", "CtxCancelWaiters",
                "CtxValue")) {
            Class<?> c = Class.forName("go4j.bench." + cls);
            List<String> gmp = Arrays.asList(method(c, "go4j_gmp").getAnnotation(Fork.class).jvmArgsAppend());
            assertTrue(gmp.contains(Bench.OPENS) && gmp.contains(Bench.GMP), cls + ": " + gmp);
            List<String> jdk = Arrays.asList(method(c, "go4j_jdk").getAnnotation(Fork.class).jvmArgsAppend());
            assertTrue(jdk.contains(Bench.JDK) && !jdk.contains(Bench.OPENS), cls + ": " + jdk);
        }
    }

    /** The public method of that name (a benchmark method may take JMH state parameters). */
    static Method method(Class<?> c, String name) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(c.getSimpleName() + " has no method " + name);
    }

    @Test
    void everyRowNamesAnExistingGoBenchmark() throws IOException {
        String go = Files.readString(Path.of("go/bench_test.go"));
        for (Workload w : Workload.all()) {
            String top = w.goBench().substring(1, w.goBench().indexOf('$'));
            assertTrue(go.contains("func " + top + "(b *testing.B)"), w.name() + ": " + top);
        }
    }

    @Test
    void ratiosAreMediansOfPerRoundRatiosOverRoundsWhereBothRan() {
        double[] go4j = {200, 300, 900, Double.NaN};
        double[] go = {100, 100, 100, 100};
        assertEquals(3.0, Report.medianRatio(go4j, go));
        assertEquals(2, Report.pairs(new double[] {1, Double.NaN, 3, 4}, new double[] {1, 2, Double.NaN, 4}));
        assertEquals(2.5, Report.median(new double[] {1, 2, 3, 4}));
    }

    @Test
    void jmhScoreUnitsConvertToNanoseconds() {
        assertEquals(1, Worker.nanosPer("ns/op"));
        assertEquals(1_000, Worker.nanosPer("us/op"));
        assertEquals(1_000_000, Worker.nanosPer("ms/op"));
    }
}
