package go4j.sync;

import go4j.Chan;
import go4j.Go;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static go4j.Go.defaultCase;
import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.TestSupport.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Go's sync.Map, from its documentation and src/sync/map_test.go. */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MapTest {

    private static <V> Map.Loaded<V> loaded(V v) {
        return new Map.Loaded<>(v, true);
    }

    private static <V> Map.Loaded<V> absent() {
        return new Map.Loaded<>(null, false);
    }

    /** Every key and value, as one range sees them. */
    private static <K, V> java.util.Map<K, V> contents(Map<K, V> m) {
        java.util.Map<K, V> out = new HashMap<>();
        m.range((k, v) -> {
            if (out.containsKey(k)) {
                fail("range visited " + k + " twice");
            }
            out.put(k, v);
            return true;
        });
        return out;
    }

    // ---- one goroutine ----

    @Test
    void aNewMapIsEmpty() {
        Map<String, Integer> m = new Map<>();
        assertEquals(absent(), m.load("go"));
        assertEquals(java.util.Map.of(), contents(m));
    }

    @Test
    void storeThenLoadReturnsTheValue() {
        // map_test.go TestMapDelete, first half.
        Map<String, Double> m = new Map<>();
        m.store("go", 1.22);
        assertEquals(loaded(1.22), m.load("go"));
    }

    @Test
    void deleteRemovesTheKey() {
        // map_test.go TestMapDelete.
        Map<String, Double> m = new Map<>();
        m.store("go", 1.22);
        m.delete("go");
        assertEquals(absent(), m.load("go"));
        m.delete("go"); // deleting a missing key does nothing
        assertEquals(absent(), m.load("go"));
    }

    @Test
    void clearEmptiesTheMapAndLaterStoresWork() {
        // map_test.go TestMapClear.
        Map<String, Double> m = new Map<>();
        m.store("go", 1.21);
        m.store("java", 25.0);
        m.clear();
        assertEquals(absent(), m.load("go"));
        assertEquals(java.util.Map.of(), contents(m));
        m.store("go", 1.21);
        assertEquals(loaded(1.21), m.load("go"));
        m.clear();
        m.clear(); // clearing an empty map does nothing
        assertEquals(java.util.Map.of(), contents(m));
    }

    @Test
    void storeReplacesTheValue() {
        Map<String, Integer> m = new Map<>();
        m.store("k", 1);
        m.store("k", 2);
        assertEquals(loaded(2), m.load("k"));
        assertEquals(java.util.Map.of("k", 2), contents(m));
    }

    @Test
    void loadOrStoreStoresWhenAbsentAndLoadsWhenPresent() {
        Map<String, Integer> m = new Map<>();
        assertEquals(new Map.Loaded<>(1, false), m.loadOrStore("k", 1));
        assertEquals(loaded(1), m.loadOrStore("k", 2));
        assertEquals(loaded(1), m.load("k"));
    }

    @Test
    void loadAndDeleteReturnsTheValueItDeleted() {
        Map<String, Integer> m = new Map<>();
        m.store("k", 1);
        assertEquals(loaded(1), m.loadAndDelete("k"));
        assertEquals(absent(), m.loadAndDelete("k"));
        assertEquals(absent(), m.load("k"));
    }

    @Test
    void swapReturnsThePreviousValueAndWhetherThereWasOne() {
        Map<String, Integer> m = new Map<>();
        assertEquals(absent(), m.swap("k", 1));
        assertEquals(loaded(1), m.swap("k", 2));
        assertEquals(loaded(2), m.load("k"));
    }

    @Test
    void compareAndSwapSwapsOnlyAnEqualValue() {
        Map<String, String> m = new Map<>();
        m.store("k", "a");
        assertFalse(m.compareAndSwap("k", "b", "c"));
        assertEquals(loaded("a"), m.load("k"));
        assertTrue(m.compareAndSwap("k", new String("a"), "c"), "values compare with equals, as Go's ==");
        assertEquals(loaded("c"), m.load("k"));
    }

    @Test
    void compareAndSwapOfAMissingKeyFailsEvenForANullOldValue() {
        // map_test.go TestCompareAndSwap_NonExistingKey (go.dev/issue/51972).
        Map<Object, Object> m = new Map<>();
        assertFalse(m.compareAndSwap(m, null, 42));
        assertEquals(absent(), m.load(m));
    }

    @Test
    void compareAndDeleteDeletesOnlyAnEqualValue() {
        Map<String, String> m = new Map<>();
        m.store("k", "a");
        assertFalse(m.compareAndDelete("k", "b"));
        assertEquals(loaded("a"), m.load("k"));
        assertTrue(m.compareAndDelete("k", new String("a")));
        assertEquals(absent(), m.load("k"));
        assertFalse(m.compareAndDelete("k", "a"));
    }

    @Test
    void compareAndDeleteOfAMissingKeyFailsEvenForANullOldValue() {
        Map<String, String> m = new Map<>();
        assertFalse(m.compareAndDelete("k", null));
    }

    @Test
    void nullIsALegalKeyAndALegalValue() {
        // Go's nil: m.Store(nil, nil) stores a present key with a nil value.
        Map<String, String> m = new Map<>();
        m.store(null, null);
        assertEquals(loaded(null), m.load(null));
        assertEquals(absent(), m.load("null"));
        assertTrue(m.compareAndSwap(null, null, "v"));
        assertEquals(loaded("v"), m.swap(null, null));
        java.util.Map<String, String> expected = new HashMap<>();
        expected.put(null, null);
        assertEquals(expected, contents(m));
        assertTrue(m.compareAndDelete(null, null));
        assertEquals(absent(), m.load(null));
    }

    @Test
    void rangeStopsWhenTheFunctionReturnsFalse() {
        Map<Integer, Integer> m = new Map<>();
        for (int i = 0; i < 100; i++) {
            m.store(i, i);
        }
        AtomicInteger calls = new AtomicInteger();
        m.range((k, v) -> calls.incrementAndGet() < 3);
        assertEquals(3, calls.get());
    }

    @Test
    void rangeWithANullFunctionThrowsNullPointerException() {
        assertThrows(NullPointerException.class, () -> new Map<String, String>().range(null));
    }

    @Test
    void rangeMayBeNestedAndMayChangeTheMap() {
        // map_test.go TestMapRangeNestedCall (go.dev/issue/46399).
        Map<Integer, String> m = new Map<>();
        String[] words = {"hello", "world", "Go"};
        for (int i = 0; i < words.length; i++) {
            m.store(i, words[i]);
        }
        m.range((key, value) -> {
            m.range((k, v) -> {
                assertEquals(loaded(v), m.load(k), "nested range loads the value it was offered");
                assertFalse(m.loadOrStore(42, "dummy").loaded(), "42 was never kept in the map");
                m.store(42, "sync.Map");
                assertEquals(loaded("sync.Map"), m.loadAndDelete(42));
                return true;
            });
            m.delete(key);
            return true;
        });
        assertEquals(java.util.Map.of(), contents(m));
    }

    /** A key whose instances all share one hash code, so that they share one table bin. */
    private record Colliding(int id) {
        @Override
        public int hashCode() {
            return 7;
        }
    }

    @Test
    void rangeVisitsAKeyDeletedAndStoredAgainBehindItAtMostOnce() {
        // Go: "no key will be visited more than once". Deleting and storing again each key as
        // it is visited puts its new entry behind the range's position in the same bin.
        Map<Colliding, Integer> m = new Map<>();
        for (int i = 0; i < 8; i++) {
            m.store(new Colliding(i), i);
        }
        Set<Colliding> seen = new HashSet<>();
        m.range((k, v) -> {
            assertTrue(seen.add(k), () -> "range visited " + k + " twice");
            m.delete(k);
            m.store(k, v + 100);
            return true;
        });
        assertEquals(8, seen.size(), "every key was visited once");
        for (int i = 0; i < 8; i++) {
            assertEquals(loaded(i + 100), m.load(new Colliding(i)));
        }
    }

    @Test
    void rangeVisitsEveryKeyThatWasPresentThroughout() {
        Map<Integer, Integer> m = new Map<>();
        for (int i = 0; i < 1000; i++) {
            m.store(i, i);
        }
        Set<Integer> seen = new HashSet<>();
        m.range((k, v) -> {
            seen.add(k);
            m.store(k + 1000, v); // stored during the range: may or may not be visited
            return true;
        });
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.contains(i), "missed " + i);
        }
    }

    // ---- against a reference ----

    /** Go's sync.Map semantics on a plain HashMap, for one goroutine (map_test.go's RWMutexMap role). */
    private static final class Reference {
        private final java.util.Map<String, String> m = new HashMap<>();

        Map.Loaded<String> apply(String op, String k, String v) {
            switch (op) {
                case "load":
                    return m.containsKey(k) ? loaded(m.get(k)) : absent();
                case "store":
                    m.put(k, v);
                    return absent();
                case "loadOrStore":
                    if (m.containsKey(k)) {
                        return loaded(m.get(k));
                    }
                    m.put(k, v);
                    return new Map.Loaded<>(v, false);
                case "loadAndDelete":
                case "delete": {
                    boolean had = m.containsKey(k);
                    String old = m.remove(k);
                    return op.equals("delete") ? absent() : had ? loaded(old) : absent();
                }
                case "swap": {
                    boolean had = m.containsKey(k);
                    String old = m.put(k, v);
                    return had ? loaded(old) : absent();
                }
                case "compareAndSwap":
                    if (m.containsKey(k) && Objects.equals(m.get(k), v)) {
                        m.put(k, v + "'");
                        return loaded(null);
                    }
                    return absent();
                case "compareAndDelete":
                    if (m.containsKey(k) && Objects.equals(m.get(k), v)) {
                        m.remove(k);
                        return loaded(null);
                    }
                    return absent();
                case "clear":
                    m.clear();
                    return absent();
                default:
                    throw new IllegalArgumentException(op);
            }
        }
    }

    private static Map.Loaded<String> apply(String op, String k, String v, Map<String, String> m) {
        return switch (op) {
            case "load" -> m.load(k);
            case "store" -> {
                m.store(k, v);
                yield absent();
            }
            case "loadOrStore" -> m.loadOrStore(k, v);
            case "loadAndDelete" -> m.loadAndDelete(k);
            case "delete" -> {
                m.delete(k);
                yield absent();
            }
            case "swap" -> m.swap(k, v);
            case "compareAndSwap" -> m.compareAndSwap(k, v, v + "'") ? loaded(null) : absent();
            case "compareAndDelete" -> m.compareAndDelete(k, v) ? loaded(null) : absent();
            case "clear" -> {
                m.clear();
                yield absent();
            }
            default -> throw new IllegalArgumentException(op);
        };
    }

    @Test
    void randomCallSequencesMatchAPlainMap() {
        // map_test.go TestMapMatchesRWMutex (testing/quick): random calls, same results, same
        // final contents. Short keys and values over a small alphabet, so that keys repeat.
        String[] ops = {"load", "store", "loadOrStore", "loadAndDelete", "delete", "swap",
                "compareAndSwap", "compareAndDelete", "clear"};
        Random r = new Random(1);
        for (int seq = 0; seq < 500; seq++) {
            Map<String, String> real = new Map<>();
            Reference ref = new Reference();
            int n = r.nextInt(50);
            for (int i = 0; i < n; i++) {
                String op = ops[r.nextInt(ops.length)];
                String k = randomValue(r);
                String v = r.nextInt(8) == 0 ? null : randomValue(r);
                Map.Loaded<String> want = ref.apply(op, k, v);
                Map.Loaded<String> got = apply(op, k, v, real);
                assertEquals(want, got, () -> op + "(" + k + ", " + v + ")");
            }
            assertEquals(ref.m, contents(real));
        }
    }

    private static String randomValue(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(3); i > 0; i--) {
            sb.append((char) ('a' + r.nextInt(3)));
        }
        return sb.toString();
    }

    // ---- many goroutines ----

    @Test
    void rangeUnderConcurrentStoresVisitsEachKeyOnceWithAStoredValue() {
        // map_test.go TestConcurrentRange, sized for two cores: every value stored for key k is
        // a multiple of k.
        int mapSize = 1 << 10;
        Go.main(() -> {
            Map<Long, Long> m = new Map<>();
            for (long n = 1; n <= mapSize; n++) {
                m.store(n, n);
            }
            Chan<Void> done = new Chan<>();
            WaitGroup wg = new WaitGroup();
            for (long g = Math.max(2, Go.gomaxprocs(0)); g > 0; g--) {
                Random r = new Random(g);
                long gg = g;
                wg.go(() -> {
                    for (long i = 0; ; i++) {
                        if (select(done.onRecv(x -> true), defaultCase(() -> false))) {
                            return;
                        }
                        for (long n = 1; n < mapSize; n++) {
                            if (r.nextInt(mapSize) == 0) {
                                m.store(n, n * i * gg);
                            } else {
                                m.load(n);
                            }
                        }
                    }
                });
            }
            for (int iter = 0; iter < 64; iter++) {
                Set<Long> seen = new HashSet<>();
                m.range((k, v) -> {
                    assertEquals(0, v % k, () -> "while storing multiples of " + k + ", range saw " + v);
                    assertTrue(seen.add(k), () -> "range visited key " + k + " twice");
                    return true;
                });
                assertEquals(mapSize, seen.size(), "range visited only some keys");
            }
            done.close();
            wg.await();
        });
    }

    @Test
    void concurrentClearsStoresAndLoadsLeaveAMapThatAFinalClearEmpties() {
        // map_test.go TestConcurrentClear.
        Go.main(() -> {
            Map<Integer, Integer> m = new Map<>();
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 10; i++) {
                int k = i;
                wg.go(() -> m.store(k, k * 10));
                wg.go(() -> {
                    Map.Loaded<Integer> r = m.load(k);
                    if (r.loaded()) {
                        assertEquals(k * 10, r.value());
                    }
                });
                wg.go(m::clear);
            }
            wg.await();
            m.clear();
            m.range((k, v) -> fail("after clear, range yielded (" + k + ", " + v + ")"));
        });
    }

    @Test
    void concurrentLoadOrStoreOfOneKeyStoresExactlyOnce() {
        Go.main(() -> {
            Map<String, Integer> m = new Map<>();
            AtomicInteger stored = new AtomicInteger();
            List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 16; i++) {
                int v = i;
                wg.go(() -> {
                    Map.Loaded<Integer> r = m.loadOrStore("k", v);
                    if (!r.loaded()) {
                        stored.incrementAndGet();
                    }
                    seen.add(r.value());
                });
            }
            wg.await();
            assertEquals(1, stored.get());
            Integer winner = m.load("k").value();
            for (Integer v : seen) {
                assertEquals(winner, v, "every caller sees the one stored value");
            }
        });
    }

    @Test
    void concurrentCompareAndSwapIncrementsLoseNoUpdate() {
        Go.main(() -> {
            Map<String, Integer> m = new Map<>();
            m.store("n", 0);
            WaitGroup wg = new WaitGroup();
            int goroutines = 8, each = 500;
            for (int g = 0; g < goroutines; g++) {
                wg.go(() -> {
                    for (int i = 0; i < each; i++) {
                        for (;;) {
                            int cur = m.load("n").value();
                            if (m.compareAndSwap("n", cur, cur + 1)) {
                                break;
                            }
                        }
                    }
                });
            }
            wg.await();
            assertEquals(loaded(goroutines * each), m.load("n"));
        });
    }

    @Test
    void concurrentDeletesOfOneKeyDeleteItOnce() {
        for (int round = 0; round < 100; round++) {
            Map<String, Integer> m = new Map<>();
            m.store("k", 1);
            AtomicInteger deleted = new AtomicInteger();
            List<go4j.TestSupport.Spawned<Void>> gs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                gs.add(go4j.TestSupport.spawnVoid(() -> {
                    if (m.loadAndDelete("k").loaded()) {
                        deleted.incrementAndGet();
                    }
                }));
            }
            gs.forEach(go4j.TestSupport.Spawned::join);
            assertEquals(1, deleted.get());
        }
    }

    @Test
    void aDeletedKeyIsNotKeptAlive() {
        // map_test.go TestIssue40999: deleted keys do not leak.
        Map<Object, Object> m = new Map<>();
        m.store(null, new Object());
        Object key = new Object();
        WeakReference<Object> ref = new WeakReference<>(key);
        m.store(key, "v");
        m.delete(key);
        key = null;
        until("the deleted key is collected", () -> {
            System.gc();
            return ref.get() == null;
        });
        assertNull(ref.get());
    }

    @Test
    void aClearedMapDoesNotKeepItsKeysAlive() {
        Map<Object, Object> m = new Map<>();
        Object key = new Object();
        WeakReference<Object> ref = new WeakReference<>(key);
        m.store(key, "v");
        m.clear();
        key = null;
        until("the cleared key is collected", () -> {
            System.gc();
            return ref.get() == null;
        });
        assertSame(null, ref.get());
    }
}
