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
 * One close that wakes 100,000 goroutines parked in a receive on the channel; one op is the
 * close until every goroutine has returned. Starting and parking them is done before each
 * invocation and not timed ({@code Level.Invocation}: an op takes milliseconds), as the Go
 * benchmark stops its timer for it. jox: {@code done()} on a rendezvous channel with 100,000
 * receivers. JUC has no close: one {@code CountDownLatch} released under 100,000 virtual
 * threads, its broadcast wake-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CloseBroadcast {
    static final int N = Sizes.CLOSE_WAITERS;

    @State(Scope.Thread)
    public static class Go4jParked {
        Go4jWork.Parked parked;

        @Setup(Level.Invocation)
        public void park() throws InterruptedException {
            Harness.goroutine(() -> {
                parked = Go4jWork.parkOnChan(N);
                return N;
            });
            Thread.sleep(Sizes.SETTLE_MILLIS);
        }
    }

    @State(Scope.Thread)
    public static class JoxParked {
        JoxWork.Parked parked;

        @Setup(Level.Invocation)
        public void park() throws InterruptedException {
            Harness.virtualThread(() -> {
                parked = JoxWork.parkOnChan(N);
                return N;
            });
            Thread.sleep(Sizes.SETTLE_MILLIS);
        }
    }

    @State(Scope.Thread)
    public static class JucParked {
        JucWork.Parked parked;

        @Setup(Level.Invocation)
        public void park() throws InterruptedException {
            Harness.virtualThread(() -> {
                parked = JucWork.parkOnLatch(N);
                return N;
            });
            Thread.sleep(Sizes.SETTLE_MILLIS);
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.OPENS, Bench.GMP})
    public long go4j_gmp(Go4jParked s) {
        Go4jWork.Parked p = s.parked;
        return Harness.goroutine(() -> Go4jWork.closeBroadcast(p, N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {Bench.HEAP, Bench.JDK})
    public long go4j_jdk(Go4jParked s) {
        Go4jWork.Parked p = s.parked;
        return Harness.goroutine(() -> Go4jWork.closeBroadcast(p, N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long jox(JoxParked s) {
        JoxWork.Parked p = s.parked;
        return Harness.virtualThread(() -> JoxWork.closeBroadcast(p, N));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = Bench.HEAP)
    public long juc(JucParked s) {
        JucWork.Parked p = s.parked;
        return Harness.virtualThread(() -> JucWork.release(p, N));
    }
}
