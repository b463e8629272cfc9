package go4j.sync;

import go4j.Go;
import go4j.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Go's sync.Pool, from its documentation and src/sync/pool_test.go. A real garbage collection
 * may age a pool at any moment (that is the contract), so a test that expects an item back runs
 * again when collections other than its own happened while it ran.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PoolTest {

    /**
     * Runs {@code body}, which ages the pools {@code ownCycles} times itself, until a run sees
     * no other collection (at most 20 runs).
     */
    private static void withoutOtherCollections(int ownCycles, Runnable body) {
        for (int attempt = 0; attempt < 20; attempt++) {
            long before = PoolCleanup.cycles();
            try {
                body.run();
            } catch (AssertionError e) {
                if (PoolCleanup.cycles() - before == ownCycles) {
                    throw e;
                }
                continue; // a collection aged the pool meanwhile: inconclusive
            }
            if (PoolCleanup.cycles() - before == ownCycles) {
                return;
            }
        }
        fail("every run was disturbed by a garbage collection");
    }

    @Test
    void anEmptyPoolWithoutNewReturnsNull() {
        assertNull(new Pool<String>().get());
    }

    @Test
    void getReturnsWhatThisGoroutinePutMostRecentFirst() {
        // pool_test.go TestPool, first part. Go returns "a" first (its per-P private slot);
        // go4j's stripes are stacks: the most recent put comes back first.
        withoutOtherCollections(0, () -> {
            Pool<String> p = new Pool<>();
            p.put("a");
            p.put("b");
            assertEquals("b", p.get());
            assertEquals("a", p.get());
            assertNull(p.get());
        });
    }

    @Test
    void itemsSurviveOneCollectionAndAreGoneAfterTheSecond() {
        // pool_test.go TestPool, second part: Go's victim cache.
        withoutOtherCollections(2, () -> {
            Pool<String> p = new Pool<>();
            for (int i = 0; i < 100; i++) {
                p.put("c");
            }
            PoolCleanup.cleanup(); // one GC cycle
            assertEquals("c", p.get(), "after one GC the victim cache keeps them");
            PoolCleanup.cleanup(); // a second
            assertNull(p.get(), "after a second GC they are dropped");
        });
    }

    @Test
    void newIsCalledWhenThePoolIsEmpty() {
        // pool_test.go TestPoolNew.
        withoutOtherCollections(0, () -> {
            int[] i = {0};
            Pool<Integer> p = new Pool<>(() -> ++i[0]);
            assertEquals(1, p.get());
            assertEquals(2, p.get());
            p.put(42);
            assertEquals(42, p.get());
            assertEquals(3, p.get());
        });
    }

    @Test
    void putOfNullIsIgnored() {
        // Go: "if x == nil { return }".
        Pool<String> p = new Pool<>(() -> "new");
        p.put(null);
        assertEquals("new", p.get());
        assertEquals("Pool{items=0, victims=0}", p.toString());
    }

    @Test
    void anItemPutByOneGoroutineCanBeTakenByAnother() {
        // Go's getSlow steals from other Ps.
        withoutOtherCollections(0, () -> {
            Pool<String> p = new Pool<>();
            List<TestSupport.Spawned<Void>> putters = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String item = "item" + i;
                putters.add(TestSupport.spawnVoid(() -> p.put(item)));
            }
            putters.forEach(TestSupport.Spawned::join);
            Set<String> got = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                got.add(TestSupport.spawn(p::get).join());
            }
            assertEquals(8, got.size(), "each item came back once: " + got);
            assertTrue(got.stream().allMatch(s -> s.startsWith("item")), got.toString());
            assertNull(p.get());
        });
    }

    @Test
    void victimItemsAreFoundFromAnyGoroutine() {
        withoutOtherCollections(1, () -> {
            Pool<String> p = new Pool<>();
            TestSupport.spawnVoid(() -> p.put("old")).join();
            PoolCleanup.cleanup();
            assertEquals("old", TestSupport.spawn(p::get).join());
        });
    }

    @Test
    void itemsLeftInAPoolAreCollectedAfterGarbageCollections() {
        // pool_test.go TestPoolGC and TestPoolRelease (drain false): a pool does not keep what
        // it holds alive across collections. Real System.gc() calls, no simulated cycles.
        for (boolean drain : new boolean[] {false, true}) {
            Pool<Object> p = new Pool<>();
            int n = 100;
            List<WeakReference<Object>> refs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object v = new Object();
                refs.add(new WeakReference<>(v));
                p.put(v);
            }
            if (drain) {
                for (int i = 0; i < n; i++) {
                    p.get();
                }
            }
            TestSupport.until("the pool's items are collected", () -> {
                System.gc();
                return refs.stream().filter(r -> r.get() == null).count() >= n - 1;
            });
        }
    }

    @Test
    void anUnusedPoolIsCollectedWithItsItems() {
        Pool<Object> p = new Pool<>();
        p.put(new Object()); // registers it for cleanup
        WeakReference<Pool<Object>> ref = new WeakReference<>(p);
        p = null;
        TestSupport.until("the pool is collected", () -> {
            System.gc();
            return ref.get() == null;
        });
        assertNull(ref.get());
    }

    @Test
    void concurrentPutsAndGetsOnlyReturnItemsThatWerePut() {
        // pool_test.go TestPoolStress, sized for two cores: goroutines put 0 and get it back
        // (or nothing).
        Go.main(() -> {
            Pool<Integer> p = new Pool<>();
            AtomicInteger wrong = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            for (int g = 0; g < 10; g++) {
                wg.go(() -> {
                    Integer v = 0;
                    for (int j = 0; j < 20_000; j++) {
                        if (v == null) {
                            v = 0;
                        }
                        p.put(v);
                        v = p.get();
                        if (v != null && v != 0) {
                            wrong.incrementAndGet();
                        }
                    }
                });
            }
            wg.await();
            assertEquals(0, wrong.get());
        });
    }

    @Test
    void concurrentGetsNeverReturnOneItemTwice() {
        withoutOtherCollections(0, () -> {
            Pool<Object> p = new Pool<>();
            int n = 1000;
            Set<Object> put = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Object o = new Object();
                put.add(o);
                p.put(o);
            }
            Set<Object> got = java.util.concurrent.ConcurrentHashMap.newKeySet();
            AtomicInteger twice = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            for (int g = 0; g < 8; g++) {
                wg.go(() -> {
                    for (Object o; (o = p.get()) != null; ) {
                        if (!got.add(o)) {
                            twice.incrementAndGet();
                        }
                    }
                });
            }
            wg.await();
            assertEquals(0, twice.get());
            assertEquals(put, got);
        });
    }

    @Test
    void aRealCollectionAgesThePool() {
        // The JVM's collections are seen: after enough of them the pool is empty.
        Pool<String> p = new Pool<>();
        p.put("x");
        long before = PoolCleanup.cycles();
        TestSupport.until("two collections seen", () -> {
            System.gc();
            return PoolCleanup.cycles() - before >= 2;
        });
        assertNull(p.get());
    }

    @Test
    void newMayReturnNull() {
        Pool<String> p = new Pool<>(() -> null);
        assertNull(p.get());
    }

    @Test
    void getReturnsTheObjectThatWasPutNotACopy() {
        withoutOtherCollections(0, () -> {
            Pool<StringBuilder> p = new Pool<>(StringBuilder::new);
            StringBuilder b = p.get();
            b.append("kept");
            p.put(b);
            assertSame(b, p.get());
        });
    }
}
