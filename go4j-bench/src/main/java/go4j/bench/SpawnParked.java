package go4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Starting 300,000 goroutines that stay blocked (each says it started, then receives from a
 * channel nobody sends on); one op is the whole start, until every one has said so. Releasing
 * them is done after each invocation and not timed, as the Go benchmark stops its timer for
 * it. Unlike spawn-and-join, the goroutines stay alive: the op pays for 300,000 parked stacks.
 * jox has no goroutines: no jox variant. JUC: virtual threads blocked on a latch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SpawnParked {
    static final int N = Sizes.SPAWN_PARKED;

    @State(Scope.Thread)
    public static class Go4jSpawned {
        Go4jWork.Parked parked;

        @TearDown(Level.Invocation)
        public void release() {
            Go4jWork.Parked p = parked;
            parked = null;
            Harness.goroutine(() -> Go4jWork.closeBroadcast(p, N));
        }
    }

    @State(Scope.Thread)
    public static class JucSpawned {
        JucWork.Parked parked;

        @TearDown(Level.Invocation)
        public void release() {
            JucWork.Parked p = parked;
            parked = null;
            Harness.virtualThread(() -> JucWork.release(p, N));
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp(Go4jSpawned s) {
        return Harness.goroutine(() -> {
            s.parked = Go4jWork.parkOnChan(N);
            return N;
        });
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk(Go4jSpawned s) {
        return Harness.goroutine(() -> {
            s.parked = Go4jWork.parkOnChan(N);
            return N;
        });
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc(JucSpawned s) {
        return Harness.virtualThread(() -> {
            s.parked = JucWork.parkOnLatch(N);
            return N;
        });
    }
}
