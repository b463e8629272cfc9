package go4j;

import go4j.sync.Once;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.Go.go;
import static go4j.TestSupport.spawn;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channel rules of "The Go Memory Model", each shown with plain (non-volatile) data that
 * only the channel operation publishes. A broken publication would show a stale value; these
 * tests can only catch such a bug when the race actually happens, so each runs many rounds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MemoryModelTest {

    /** Plain fields, written and read without synchronization of their own. */
    private static final class Box {
        int a;
        String s;
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 8})
    void aSendIsSynchronizedBeforeTheCorrespondingReceiveCompletes(int capacity) {
        Chan<Box> c = new Chan<>(capacity);
        int n = 20_000;
        spawnVoid(() -> {
            for (int i = 0; i < n; i++) {
                Box b = new Box();
                b.a = i;
                b.s = "v" + i;
                c.send(b);
            }
        });
        for (int i = 0; i < n; i++) {
            Box b = c.recv();
            assertEquals(i, b.a);
            assertEquals("v" + i, b.s);
        }
    }

    @Test
    void aReceiveFromAnUnbufferedChannelIsSynchronizedBeforeTheSendCompletes() {
        // Go's example: the receiver writes before receiving; the sender reads after sending.
        int rounds = 2_000;
        Box shared = new Box();
        Chan<Integer> c = new Chan<>();
        var receiver = spawnVoid(() -> {
            for (int i = 0; i < rounds; i++) {
                shared.a = i;
                c.recv();
            }
        });
        for (int i = 0; i < rounds; i++) {
            c.send(0);
            assertTrue(shared.a >= i, "round " + i + " saw " + shared.a);
        }
        receiver.join();
    }

    @Test
    void closingIsSynchronizedBeforeAReceiveThatReturnsBecauseClosed() {
        for (int i = 0; i < 2_000; i++) {
            Box shared = new Box();
            Chan<Integer> c = new Chan<>();
            int round = i;
            var r = spawn(() -> {
                Received<Integer> got = c.recvOk();
                return got.ok() ? -1 : shared.a;
            });
            shared.a = round + 1;
            c.close();
            assertEquals(round + 1, r.join());
        }
    }

    @Test
    void theKthReceiveIsSynchronizedBeforeTheKPlusCthSendCompletes() {
        // Go's example: a buffered channel as a counting semaphore limits concurrency to its capacity.
        int limit = 3;
        Chan<Integer> sem = new Chan<>(limit);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        WaitGroup wg = new WaitGroup();
        int workers = 64;
        wg.add(workers);
        for (int w = 0; w < workers; w++) {
            go(() -> {
                sem.send(1);
                int now = running.incrementAndGet();
                max.accumulateAndGet(now, Math::max);
                Go.gosched();
                running.decrementAndGet();
                sem.recv();
                wg.done();
            });
        }
        wg.await();
        assertTrue(max.get() <= limit, "ran " + max.get() + " at once with a semaphore of " + limit);
    }

    @Test
    void onceFunctionsWritesAreVisibleToEveryCallerOfRun() {
        for (int round = 0; round < 500; round++) {
            Once once = new Once();
            Box box = new Box();
            List<TestSupport.Spawned<Integer>> gs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                gs.add(spawn(() -> {
                    once.run(() -> box.a = 42);
                    return box.a;
                }));
            }
            for (var g : gs) {
                assertEquals(42, g.join());
            }
        }
    }

    @Test
    void waitGroupDoneIsSynchronizedBeforeAwaitReturns() {
        for (int round = 0; round < 500; round++) {
            int[] slots = new int[8];
            WaitGroup wg = new WaitGroup();
            wg.add(slots.length);
            for (int i = 0; i < slots.length; i++) {
                int me = i;
                go(() -> {
                    slots[me] = me + 1;
                    wg.done();
                });
            }
            wg.await();
            for (int i = 0; i < slots.length; i++) {
                assertEquals(i + 1, slots[i]);
            }
        }
    }
}
