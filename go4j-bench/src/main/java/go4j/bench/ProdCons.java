package go4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * P producers and P consumers on one channel of capacity 0, 16 or 1024; one op is a message.
 * Every invocation starts its 2P goroutines afresh (state is per trial: only the shape).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(Sizes.MESSAGES_BATCH)
@State(Scope.Benchmark)
public class ProdCons {
    static final int M = Sizes.MESSAGES_BATCH;

    @Param({"1x1", "4x4", "100x100"})
    public String shape;

    @Param({"0", "16", "1024"})
    public int cap;

    private int producers;
    private int consumers;

    @Setup
    public void parse() {
        String[] pc = shape.split("x");
        producers = Integer.parseInt(pc[0]);
        consumers = Integer.parseInt(pc[1]);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> Go4jWork.prodCons(producers, consumers, cap, M));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> Go4jWork.prodCons(producers, consumers, cap, M));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() {
        return Harness.virtualThread(() -> JoxWork.prodCons(producers, consumers, cap, M));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc() {
        return Harness.virtualThread(() -> JucWork.prodCons(producers, consumers, cap, M));
    }
}
