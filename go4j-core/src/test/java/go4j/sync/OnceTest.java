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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go's sync.Once, from its documentation and src/sync/once_test.go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OnceTest {

    @Test
    void aCallWaitingForAnotherCallsFIsInterruptibleAndLeavesTheOnceToIt() {
        Once once = new Once();
        go4j.Chan<Boolean> release = new go4j.Chan<>();
        AtomicInteger runs = new AtomicInteger();
        var first = spawnVoid(() -> once.run(() -> {
            runs.incrementAndGet();
            release.recv();
        })).awaitBlocked(go4j.internal.runtime.WaitReason.CHAN_RECEIVE);
        var second = spawnVoid(() -> once.run(runs::incrementAndGet))
                .awaitBlocked(go4j.internal.runtime.WaitReason.MUTEX);
        second.interrupt();
        assertTrue(second.failure() instanceof go4j.Interrupted, "run throws Interrupted");
        assertTrue(second.interruptedAtExit(), "the flag stays set");
        release.send(true);
        first.join();
        once.run(runs::incrementAndGet);
        assertEquals(1, runs.get(), "f ran once, in the first call");
    }

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

    // ---- Go 1.21's OnceFunc, OnceValue, OnceValues (src/sync/oncefunc_test.go) ----

    @Test
    void onceFuncCallsTheFunctionOnlyOnce() {
        // oncefunc_test.go TestOnceFunc.
        int[] calls = {0};
        Runnable f = Once.onceFunc(() -> calls[0]++);
        for (int i = 0; i < 10; i++) {
            f.run();
        }
        assertEquals(1, calls[0]);
    }

    @Test
    void onceValueReturnsTheOneCallsValueEveryTime() {
        // oncefunc_test.go TestOnceValue.
        int[] calls = {0};
        java.util.function.Supplier<Integer> f = Once.onceValue(() -> ++calls[0]);
        for (int i = 0; i < 10; i++) {
            assertEquals(1, f.get());
        }
        assertEquals(1, calls[0]);
    }

    @Test
    void onceValuesReturnsTheOneCallsValueEveryTime() throws Exception {
        // oncefunc_test.go TestOnceValues, for Go's usual (value, error) pair.
        int[] calls = {0};
        java.util.concurrent.Callable<List<Integer>> f = Once.onceValues(() -> {
            calls[0]++;
            return List.of(calls[0], calls[0] + 1);
        });
        for (int i = 0; i < 10; i++) {
            assertEquals(List.of(1, 2), f.call());
        }
        assertEquals(1, calls[0]);
    }

    /** Calls {@code f} twice; each call must throw {@code want} itself, and fn must have run once. */
    private static void assertThrowsTheSameEveryTime(Throwable want, int[] calls, org.junit.jupiter.api.function.Executable f) {
        for (String label : new String[] {"first time", "second time"}) {
            Throwable got = assertThrows(Throwable.class, f, label + ": f did not throw");
            assertSame(want, got, label);
        }
        assertEquals(1, calls[0]);
    }

    @Test
    void onceFuncThrowsTheSameExceptionOnEveryCall() {
        // oncefunc_test.go TestOnceFuncPanic.
        int[] calls = {0};
        RuntimeException x = new RuntimeException("x");
        Runnable f = Once.onceFunc(() -> {
            calls[0]++;
            throw x;
        });
        assertThrowsTheSameEveryTime(x, calls, f::run);
    }

    @Test
    void onceValueThrowsTheSameExceptionOnEveryCall() {
        // oncefunc_test.go TestOnceValuePanic.
        int[] calls = {0};
        Error x = new AssertionError("x");
        java.util.function.Supplier<Integer> f = Once.onceValue(() -> {
            calls[0]++;
            throw x;
        });
        assertThrowsTheSameEveryTime(x, calls, f::get);
    }

    @Test
    void onceValuesThrowsTheSameCheckedExceptionOnEveryCall() {
        // oncefunc_test.go TestOnceValuesPanic; here also Go's error result.
        int[] calls = {0};
        java.io.IOException x = new java.io.IOException("x");
        java.util.concurrent.Callable<String> f = Once.onceValues(() -> {
            calls[0]++;
            throw x;
        });
        assertThrowsTheSameEveryTime(x, calls, f::call);
    }

    @Test
    void aOnceFuncThatEndsItsGoroutineByGoexitIsStillCalledOnlyOnce() {
        // oncefunc_test.go TestOnceFuncGoexit: what later calls do is unspecified in Go; here
        // they end their goroutines too (the same Goexit). f must not run twice.
        int[] calls = {0};
        Runnable f = Once.onceFunc(() -> {
            calls[0]++;
            go4j.Go.goexit();
        });
        for (int i = 0; i < 2; i++) {
            WaitGroup wg = new WaitGroup();
            wg.go(f);
            wg.await();
        }
        assertEquals(1, calls[0]);
    }

    private static void throwX() {
        throw new IllegalStateException("x");
    }

    @Test
    void theFirstCallsExceptionCarriesTheStackOfF() {
        // oncefunc_test.go TestOnceFuncPanicTraceback.
        Runnable f = Once.onceFunc(OnceTest::throwX);
        IllegalStateException e = assertThrows(IllegalStateException.class, f::run);
        boolean found = false;
        for (StackTraceElement el : e.getStackTrace()) {
            found |= el.getMethodName().equals("throwX");
        }
        assertTrue(found, "the stack reaches into f");
    }

    @Test
    void theFunctionIsNotKeptReachableAfterItsCall() {
        // oncefunc_test.go TestOnceXGC, for the three factories and for a throwing f.
        List<java.util.function.Function<byte[], Runnable>> makers = List.of(
                buf -> Once.onceFunc(() -> buf[0] = 1),
                buf -> {
                    var g = Once.onceValue(() -> buf[0] = 1);
                    return g::get;
                },
                buf -> {
                    var g = Once.onceValues(() -> buf[0] = 1);
                    return () -> {
                        try {
                            g.call();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    };
                },
                buf -> Once.onceFunc(() -> {
                    buf[0] = 1;
                    throw new IllegalStateException("test panic");
                }));
        for (var maker : makers) {
            byte[] buf = new byte[1024];
            java.lang.ref.WeakReference<byte[]> ref = new java.lang.ref.WeakReference<>(buf);
            Runnable f = maker.apply(buf);
            buf = null;
            System.gc();
            assertTrue(ref.get() != null, "the function was collected before its call");
            try {
                f.run();
            } catch (IllegalStateException expected) {
                // the throwing case
            }
            go4j.TestSupport.until("the called function is collected", () -> {
                System.gc();
                return ref.get() == null;
            });
            try {
                f.run(); // still callable, still answers the same
            } catch (IllegalStateException expected) {
                // the throwing case
            }
        }
    }

    @Test
    void concurrentCallersOfAOnceValueAllGetTheOneValue() {
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Supplier<Object> f = Once.onceValue(() -> {
            calls.incrementAndGet();
            return new Object();
        });
        java.util.Set<Object> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 20; i++) {
            wg.go(() -> seen.add(f.get()));
        }
        wg.await();
        assertEquals(1, calls.get());
        assertEquals(1, seen.size());
    }

    @Test
    void onceFactoriesRejectANullFunction() {
        assertThrows(NullPointerException.class, () -> Once.onceFunc(null));
        assertThrows(NullPointerException.class, () -> Once.onceValue(null));
        assertThrows(NullPointerException.class, () -> Once.onceValues(null));
    }
}
