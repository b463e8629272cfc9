package go4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One cancel that wakes 100,000 goroutines, each in a select on its own leaf context's
 * {@code done()} (the leaves are children of one root) and on a shared jobs channel; one op is
 * the root's cancel until every goroutine has returned. Building the contexts and starting the
 * goroutines is done before each invocation and not timed. Go and go4j only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class CtxCancelWaiters {
    static final int N = Sizes.CANCEL_WAITERS;
    private CtxWork.Selecting selecting;

    @Setup(Level.Invocation)
    public void start() throws InterruptedException {
        Harness.goroutine(() -> {
            selecting = CtxWork.selectOnLeaves(N);
            return N;
        });
        Thread.sleep(Sizes.SETTLE_MILLIS);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        CtxWork.Selecting s = selecting;
        return Harness.goroutine(() -> CtxWork.cancelAll(s, N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        CtxWork.Selecting s = selecting;
        return Harness.goroutine(() -> CtxWork.cancelAll(s, N));
    }
}
