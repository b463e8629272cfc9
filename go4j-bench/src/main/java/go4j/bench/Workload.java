package go4j.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the benchmark table: how to run it in Go, in the JMH workers, and in what unit
 * to print it.
 *
 * @param name      the row's label
 * @param unit      the label of one op, after the unit ("round trip", "run", "goroutine")
 * @param kind      how it is measured (decides iterations and the printed unit)
 * @param jmhClass  the JMH class (simple name, package go4j.bench); for MEMORY, the Memory probe kind
 * @param params    JMH params {@code k=v,k=v}, or "-"
 * @param goBench   the Go benchmark regex for {@code -test.bench}
 * @param impls     which of gmp, jdk, jox, juc exist for this workload
 */
public record Workload(String name, String unit, Kind kind, String jmhClass, String params, String goBench,
                       List<Impl> impls) {

    /** How a workload is measured. */
    public enum Kind {
        /** AverageTime over batches of many ops, printed in ns per op. */
        MICRO,
        /** AverageTime of ops that take tens of microseconds or more, printed in µs per op. */
        MICRO_US,
        /** SingleShotTime of a whole run, printed in ms per run. */
        HEAVY,
        /** Bytes, from a {@link Memory} probe (Java) or a reported metric (Go). */
        MEMORY
    }

    /** The table's columns after Go, in order. */
    public enum Impl {
        GMP("go4j gmp", "go4j_gmp"),
        JDK("go4j jdk", "go4j_jdk"),
        JOX("jox", "jox"),
        JUC("JUC", "juc");

        public final String label;
        public final String method;

        Impl(String label, String method) {
            this.label = label;
            this.method = method;
        }
    }

    static final List<Impl> ALL = List.of(Impl.GMP, Impl.JDK, Impl.JOX, Impl.JUC);

    /** Every workload, in table order. */
    public static List<Workload> all() {
        List<Workload> w = new ArrayList<>();
        w.add(new Workload("ping-pong, unbuffered", "round trip", Kind.MICRO, "PingPong", "-",
                "^BenchmarkPingPong$", ALL));
        // Go has no platform threads: its column is its goroutine ping-pong (CrossPingPong).
        w.add(new Workload("ping-pong, platform thread and goroutine", "round trip", Kind.MICRO, "CrossPingPong",
                "-", "^BenchmarkPingPong$", ALL));
        for (String shape : List.of("1x1", "4x4", "100x100")) {
            for (int cap : List.of(0, 16, 1024)) {
                w.add(new Workload("producer/consumer " + shape + ", cap " + cap, "message", Kind.MICRO,
                        "ProdCons", "shape=" + shape + ",cap=" + cap,
                        "^BenchmarkProdCons$/^" + shape + "$/^cap=" + cap + "$", ALL));
            }
        }
        for (int k : List.of(2, 4)) {
            w.add(new Workload("select over " + k + " channels", "select", Kind.MICRO, "SelectRecv",
                    "chans=" + k, "^BenchmarkSelect$/^" + k + "$", List.of(Impl.GMP, Impl.JDK, Impl.JOX)));
        }
        w.add(new Workload("spawn and join", "goroutine", Kind.MICRO, "SpawnJoin", "-", "^BenchmarkSpawnJoin$",
                List.of(Impl.GMP, Impl.JDK, Impl.JUC)));
        w.add(new Workload("spawn 300,000 parked goroutines", "run", Kind.HEAVY, "SpawnParked", "-",
                "^BenchmarkSpawnParked$", List.of(Impl.GMP, Impl.JDK, Impl.JUC)));
        w.add(new Workload("close waking 100,000 parked goroutines", "close", Kind.MICRO_US, "CloseBroadcast", "-",
                "^BenchmarkCloseBroadcast$", ALL));
        w.add(new Workload("prime sieve, 2,000 goroutines", "run", Kind.HEAVY, "Sieve", "-",
                "^BenchmarkSieve$", ALL));
        w.add(new Workload("pipeline, 100 unbuffered stages", "message", Kind.MICRO, "Pipeline", "-",
                "^BenchmarkPipeline$", ALL));
        w.add(new Workload("skynet, 1,000,000 goroutines", "run", Kind.HEAVY, "Skynet", "-",
                "^BenchmarkSkynet$", ALL));
        w.add(new Workload("context cancel, 100,000-node tree", "cancel", Kind.MICRO_US, "CtxCancelTree", "-",
                "^BenchmarkCtxCancelTree$", List.of(Impl.GMP, Impl.JDK)));
        w.add(new Workload("context cancel waking 100,000 selects", "cancel", Kind.MICRO_US, "CtxCancelWaiters",
                "-", "^BenchmarkCtxCancelWaiters$", List.of(Impl.GMP, Impl.JDK)));
        w.add(new Workload("context value lookup, 100 deep", "lookup", Kind.MICRO, "CtxValue", "-",
                "^BenchmarkCtxValue$", List.of(Impl.GMP, Impl.JDK)));
        w.add(new Workload("worker pool, 1,000,000 tasks", "run", Kind.HEAVY, "WorkerPool", "-",
                "^BenchmarkWorkerPool$", ALL));
        w.add(new Workload("memory per blocked goroutine", "goroutine", Kind.MEMORY, "goroutine", "-",
                "^BenchmarkMemBlockedGoroutine$", ALL));
        w.add(new Workload("memory per empty channel", "channel", Kind.MEMORY, "chan", "-",
                "^BenchmarkMemEmptyChan$", ALL));
        return w;
    }

    /** The unit a value of this workload prints in, e.g. "ns/round trip". */
    public String unitLabel() {
        return switch (kind) {
            case MICRO -> "ns/" + unit;
            case MICRO_US -> "µs/" + unit;
            case HEAVY -> "ms/" + unit;
            case MEMORY -> "B/" + unit;
        };
    }

    /** The value as printed: ns for MICRO, µs for MICRO_US, ms for HEAVY, bytes for MEMORY (stored: ns or bytes). */
    public double display(double stored) {
        return switch (kind) {
            case MICRO_US -> stored / 1e3;
            case HEAVY -> stored / 1e6;
            default -> stored;
        };
    }
}
