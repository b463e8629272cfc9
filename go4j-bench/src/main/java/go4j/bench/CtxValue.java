package go4j.bench;

import go4j.context.Context;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@code value(key)} on a chain of 100 withValue contexts, the key at the far end (every lookup
 * walks all 100); one op is a lookup. The chain is built once per trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(Sizes.CTX_VALUE_BATCH)
@State(Scope.Benchmark)
public class CtxValue {
    private Context chain;
    private final Object key = 0;

    @Setup
    public void build() {
        chain = CtxWork.chain(Sizes.CTX_VALUE_DEPTH);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        return Harness.goroutine(() -> CtxWork.lookups(chain, key, Sizes.CTX_VALUE_BATCH));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        return Harness.goroutine(() -> CtxWork.lookups(chain, key, Sizes.CTX_VALUE_BATCH));
    }
}
