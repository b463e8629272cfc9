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
 * A worker pool: a producer, 8 workers and a collector over buffered channels (100) through
 * 1,000,000 tasks; one op is the whole run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class WorkerPool {
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> Go4jWork.workerPool(Sizes.POOL_TASKS, Sizes.POOL_WORKERS, Sizes.POOL_BUFFER));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> Go4jWork.workerPool(Sizes.POOL_TASKS, Sizes.POOL_WORKERS, Sizes.POOL_BUFFER));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() {
        return Harness.virtualThread(() -> JoxWork.workerPool(Sizes.POOL_TASKS, Sizes.POOL_WORKERS, Sizes.POOL_BUFFER));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc() {
        return Harness.virtualThread(() -> JucWork.workerPool(Sizes.POOL_TASKS, Sizes.POOL_WORKERS, Sizes.POOL_BUFFER));
    }
}
