package go4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Skynet: a tree of 1,111,111 goroutines, ten children each, each sending its sum up an
 * unbuffered channel; one op is the whole run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class Skynet {
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> Go4jWork.skynet(Sizes.SKYNET_SIZE));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> Go4jWork.skynet(Sizes.SKYNET_SIZE));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() {
        return Harness.virtualThread(() -> JoxWork.skynet(Sizes.SKYNET_SIZE));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc() {
        return Harness.virtualThread(() -> JucWork.skynet(Sizes.SKYNET_SIZE));
    }
}
