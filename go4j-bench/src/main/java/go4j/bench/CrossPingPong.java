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

/**
 * The ping-pong of {@link PingPong}, but the JMH thread (a platform thread) plays one side
 * itself, as a program's {@code main} does when it uses channels without {@code Go.main}: one
 * op is a round trip between a platform thread and a goroutine (jox, JUC: a virtual thread).
 * Each hand-off to the platform thread is an OS wake-up. Go has no second world: its column
 * is Go's goroutine ping-pong (a Go program's main is a goroutine).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(Sizes.CROSS_BATCH)
public class CrossPingPong {
    static final int N = Sizes.CROSS_BATCH;

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Go4jWork.pingPong(N);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Go4jWork.pingPong(N);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() throws InterruptedException {
        return JoxWork.pingPong(N);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc() throws InterruptedException {
        return JucWork.pingPong(N);
    }
}
