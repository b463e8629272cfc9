package go4j.stress;

import go4j.Chan;
import go4j.Go;
import go4j.Received;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.internal.runtime.G;
import go4j.internal.runtime.WaitReason;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static go4j.TestSupport.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * One operation wakes a crowd: a close of a channel 100,000 goroutines are parked on, a cancel
 * of the root of 100,000 leaf contexts each watched by a select, the release of a WaitGroup
 * 100,000 goroutines wait on. Every goroutine must return, exactly once, with what Go gives it
 * (ok false; the done case; a plain return), whether the waker is a goroutine or a platform
 * thread (whose wake-ups go through the scheduler's global queue). The goroutines are all
 * parked before the wake: read from their wait reasons, not guessed with a sleep. Both
 * schedulers, as every core suite. No timing is asserted.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MassWakeStressTest {
    private static final int N = Integer.getInteger("go4j.stress.massWaiters", 100_000);

    /** Runs {@code wake} on a goroutine, or on a platform thread, and waits for it. */
    private static void wakeFrom(String waker, Runnable wake) throws Throwable {
        if (waker.equals("goroutine")) {
            spawnVoid(wake::run).join();
        } else {
            spawnPlatformVoid(wake::run).join();
        }
    }

    /** Waits until every goroutine of {@code gs} is parked for {@code reason}. */
    private static void untilAllParked(AtomicReferenceArray<G> gs, WaitReason reason) {
        until(N + " goroutines parked for " + reason, () -> {
            for (int i = 0; i < gs.length(); i++) {
                G g = gs.get(i);
                if (g == null || g.waitReason() != reason) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Every slot was counted exactly once. */
    private static void assertEachOnce(AtomicIntegerArray returns) {
        for (int i = 0; i < returns.length(); i++) {
            assertEquals(1, returns.get(i), "goroutine " + i + " returned that many times");
        }
    }

    @ParameterizedTest(name = "closed by a {0}")
    @ValueSource(strings = {"goroutine", "platform thread"})
    void closeWakesEveryParkedReceiverOnceWithOkFalse(String waker) throws Throwable {
        int before = Go.numGoroutine();
        Chan<Integer> ch = new Chan<>();
        Chan<Integer> never = new Chan<>();
        AtomicReferenceArray<G> gs = new AtomicReferenceArray<>(N);
        AtomicIntegerArray returns = new AtomicIntegerArray(N);
        LongAdder okTrue = new LongAdder();
        WaitGroup ended = new WaitGroup();
        ended.add(N);
        for (int i = 0; i < N; i++) {
            int k = i;
            go(() -> {
                gs.set(k, G.current());
                boolean ok;
                if (k % 4 == 3) { // a quarter wait in a select, which the close wakes through its claim
                    ok = select(ch.onRecvOk((v, o) -> o), never.onRecv(v -> true));
                } else {
                    Received<Integer> r = ch.recvOk();
                    ok = r.ok();
                }
                if (ok) {
                    okTrue.increment();
                }
                returns.incrementAndGet(k);
                ended.done();
            });
        }
        untilAllParkedEither(gs);
        wakeFrom(waker, ch::close);
        ended.await();
        assertEachOnce(returns);
        assertEquals(0, okTrue.sum(), "receives that got ok = true from a channel nobody sent on");
        until("the woken goroutines have exited", () -> Go.numGoroutine() <= before);
    }

    /** Every goroutine of {@code gs} is parked, in a receive or (every fourth) in a select. */
    private static void untilAllParkedEither(AtomicReferenceArray<G> gs) {
        until(N + " goroutines parked in a receive or a select", () -> {
            for (int i = 0; i < gs.length(); i++) {
                G g = gs.get(i);
                WaitReason want = i % 4 == 3 ? WaitReason.SELECT : WaitReason.CHAN_RECEIVE;
                if (g == null || g.waitReason() != want) {
                    return false;
                }
            }
            return true;
        });
    }

    @ParameterizedTest(name = "canceled by a {0}")
    @ValueSource(strings = {"goroutine", "platform thread"})
    void cancelWakesEverySelectOnALeafOnceThroughItsDoneCase(String waker) throws Throwable {
        int before = Go.numGoroutine();
        Cancelable root = Context.withCancel(Context.background());
        Chan<Integer> jobs = new Chan<>(); // shared by every select, never sent on
        AtomicReferenceArray<G> gs = new AtomicReferenceArray<>(N);
        AtomicIntegerArray returns = new AtomicIntegerArray(N);
        LongAdder jobCases = new LongAdder();
        WaitGroup ended = new WaitGroup();
        ended.add(N);
        Context[] leaves = new Context[N];
        for (int i = 0; i < N; i++) {
            int k = i;
            Context leaf = Context.withCancel(root.context()).context();
            leaves[k] = leaf;
            go(() -> {
                gs.set(k, G.current());
                boolean done = select(leaf.done().onRecv(v -> true), jobs.onRecv(v -> false));
                if (!done) {
                    jobCases.increment();
                }
                returns.incrementAndGet(k);
                ended.done();
            });
        }
        untilAllParked(gs, WaitReason.SELECT);
        wakeFrom(waker, root::cancel);
        ended.await();
        assertEachOnce(returns);
        assertEquals(0, jobCases.sum(), "selects that took the jobs case nobody sent on");
        for (Context leaf : leaves) {
            assertSame(Context.CANCELED, leaf.err());
        }
        until("the woken goroutines have exited", () -> Go.numGoroutine() <= before);
    }

    @ParameterizedTest(name = "released by a {0}")
    @ValueSource(strings = {"goroutine", "platform thread"})
    void waitGroupReleasesEveryWaiterOnce(String waker) throws Throwable {
        int before = Go.numGoroutine();
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        AtomicReferenceArray<G> gs = new AtomicReferenceArray<>(N);
        AtomicIntegerArray returns = new AtomicIntegerArray(N);
        WaitGroup ended = new WaitGroup();
        ended.add(N);
        for (int i = 0; i < N; i++) {
            int k = i;
            go(() -> {
                gs.set(k, G.current());
                wg.await();
                returns.incrementAndGet(k);
                ended.done();
            });
        }
        untilAllParked(gs, WaitReason.WAIT_GROUP);
        wakeFrom(waker, wg::done);
        ended.await();
        assertEachOnce(returns);
        until("the woken goroutines have exited", () -> Go.numGoroutine() <= before);
    }
}
