package go4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Unbuffered ping-pong between two goroutines; one op is a round trip. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(Sizes.PING_PONG_BATCH)
public class PingPong {
    static final int N = Sizes.PING_PONG_BATCH;

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> Go4jWork.pingPong(N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> Go4jWork.pingPong(N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() {
        return Harness.virtualThread(() -> JoxWork.pingPong(N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc() {
        return Harness.virtualThread(() -> JucWork.pingPong(N));
    }
}
