package go4j.sync;

import go4j.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Go's sync.Once, from its documentation and src/sync/once_test.go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OnceTest {

    @Test
    void runCallsTheFunctionExactlyOnceUnderConcurrency() {
        // src/sync/once_test.go TestOnce: every caller, once run returns, sees the call done.
        for (int round = 0; round < 50; round++) {
            Once once = new Once();
            AtomicInteger calls = new AtomicInteger();
            List<TestSupport.Spawned<Void>> gs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                gs.add(spawnVoid(() -> {
                    once.run(calls::incrementAndGet);
                    assertEquals(1, calls.get(), "run returned before the one call was done");
                }));
            }
            gs.forEach(TestSupport.Spawned::join);
            assertEquals(1, calls.get());
        }
    }

    @Test
    void laterCallersWaitForTheFirstCallToReturn() {
        Once once = new Once();
        go4j.Chan<Void> release = new go4j.Chan<>();
        AtomicInteger state = new AtomicInteger();
        var first = spawnVoid(() -> once.run(() -> {
            release.recv();
            state.set(1);
        })).awaitBlocked(go4j.internal.runtime.WaitReason.CHAN_RECEIVE);
        var second = spawnVoid(() -> {
            once.run(() -> state.set(2));
            assertEquals(1, state.get(), "returned before the first call finished");
        }).awaitBlocked(go4j.internal.runtime.WaitReason.MUTEX);
        release.close();
        first.join();
        second.join();
        assertEquals(1, state.get());
    }

    @Test
    void aPanickingFunctionStillCountsAsTheOneCall() {
        // src/sync/once_test.go TestOncePanic.
        Once once = new Once();
        RuntimeException boom = new RuntimeException("failed");
        assertSame(boom, assertThrows(RuntimeException.class, () -> once.run(() -> {
            throw boom;
        })), "the panic reaches the caller");
        once.run(() -> {
            throw new AssertionError("Once.run called twice");
        });
    }

    @Test
    void differentOncesAreIndependent() {
        Once a = new Once();
        Once b = new Once();
        AtomicInteger calls = new AtomicInteger();
        a.run(calls::incrementAndGet);
        b.run(calls::incrementAndGet);
        a.run(calls::incrementAndGet);
        assertEquals(2, calls.get());
    }

    @Test
    void runWithNullFunctionThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> new Once().run(null));
    }
}
