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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A select receiving over 2 or 4 unbuffered channels, each fed by its own producer; one op is a
 * select. java.util.concurrent has no select: no JUC variant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(Sizes.MESSAGES_BATCH)
@State(Scope.Benchmark)
public class SelectRecv {
    static final int M = Sizes.MESSAGES_BATCH;

    @Param({"2", "4"})
    public int chans;

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> Go4jWork.selectRecv(chans, M));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> Go4jWork.selectRecv(chans, M));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() {
        return Harness.virtualThread(() -> JoxWork.selectRecv(chans, M));
    }
}
