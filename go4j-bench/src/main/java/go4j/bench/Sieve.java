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
 * The concurrent prime sieve: a generator and a chain of 2,000 filter goroutines over unbuffered
 * channels; one op is the whole run (17,388 numbers, about 2.04 million channel hand-offs).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class Sieve {
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> Go4jWork.sieve(Sizes.SIEVE_PRIMES, Sizes.SIEVE_LIMIT));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> Go4jWork.sieve(Sizes.SIEVE_PRIMES, Sizes.SIEVE_LIMIT));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox() {
        return Harness.virtualThread(() -> JoxWork.sieve(Sizes.SIEVE_PRIMES, Sizes.SIEVE_LIMIT));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc() {
        return Harness.virtualThread(() -> JucWork.sieve(Sizes.SIEVE_PRIMES, Sizes.SIEVE_LIMIT));
    }
}
