package go4j.bench;

import go4j.context.Cancelable;
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
 * Cancelling the root of a tree of 100,000 cancelable contexts (fanout 10, every done() channel
 * made); one op is the cancel, which closes 100,000 channels. The tree is built before each
 * invocation and not timed ({@code Level.Invocation} is right here: an op takes milliseconds, so
 * JMH's per-invocation bookkeeping is noise), as the Go benchmark stops its timer to build it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class CtxCancelTree {
    private Cancelable[] tree;

    @Setup(Level.Invocation)
    public void build() {
        tree = CtxWork.tree(Sizes.CTX_TREE_NODES, Sizes.CTX_TREE_FANOUT);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp() {
        Cancelable[] t = tree;
        return Harness.goroutine(() -> CtxWork.cancel(t));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk() {
        Cancelable[] t = tree;
        return Harness.goroutine(() -> CtxWork.cancel(t));
    }
}
