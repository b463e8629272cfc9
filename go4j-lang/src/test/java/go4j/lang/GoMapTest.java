package go4j.lang;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static go4j.lang.SliceTest.panics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go map semantics: nil maps, NaN keys, unhashable keys, random iteration with deletes. */
class GoMapTest {

    @Test
    void nilMapReadsAreAbsentAndWritesPanic() {
        assertSame(GoMap.ABSENT, GoMap.lookup(null, "a"));
        assertEquals(0L, GoMap.get(null, "a", 0L));
        assertEquals(0, GoMap.len(null));
        GoMap.delete(null, "a");
        assertTrue(!GoMap.iter(null).next());
        panics("assignment to entry in nil map", () -> GoMap.put(null, "a", 1L));
    }

    @Test
    void putGetDeleteLen() {
        GoMap m = GoMap.make(0);
        GoMap.put(m, "a", 1L);
        GoMap.put(m, "b", 2L);
        GoMap.put(m, "a", 3L);
        assertEquals(2, GoMap.len(m));
        assertEquals(3L, GoMap.get(m, "a", 0L));
        GoMap.delete(m, "a");
        assertSame(GoMap.ABSENT, GoMap.lookup(m, "a"));
        assertEquals(1, GoMap.len(m));
    }

    @Test
    void nilValuesAreNotAbsent() {
        GoMap m = GoMap.make(0);
        GoMap.put(m, "k", null);
        assertEquals(null, GoMap.lookup(m, "k"));
    }

    @Test
    void nanKeysAreNeverFoundAndEachInsertIsNew() {
        GoMap m = GoMap.make(0);
        GoMap.put(m, Double.NaN, 1L);
        GoMap.put(m, Double.NaN, 2L);
        assertEquals(2, GoMap.len(m));
        assertSame(GoMap.ABSENT, GoMap.lookup(m, Double.NaN));
        int n = 0;
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            n++;
        }
        assertEquals(2, n);
    }

    @Test
    void negativeZeroIsTheSameKeyAsZero() {
        GoMap m = GoMap.make(0);
        GoMap.put(m, -0.0, 1L);
        GoMap.put(m, 0.0, 2L);
        assertEquals(1, GoMap.len(m));
        assertEquals(2L, GoMap.get(m, -0.0, 0L));
    }

    @Test
    void interfaceKeysOfDifferentTypesDiffer() {
        GoMap m = GoMap.make(0);
        GoMap.put(m, 1L, "int");
        GoMap.put(m, 1, "int32");
        assertEquals(2, GoMap.len(m));
        Object arr = new Typed(RType.array(2, RType.INT), new long[] {1, 2});
        GoMap.put(m, arr, "array");
        assertEquals("array", GoMap.get(m, new Typed(RType.array(2, RType.INT), new long[] {1, 2}), null));
    }

    @Test
    void unhashableKeyPanics() {
        // m := map[any]int{}; m[[]int{1}] = 1 in Go 1.19
        Object key = new Typed(RType.slice(RType.INT), SliceJ.of(1));
        panics("runtime error: hash of unhashable type []int", () -> GoMap.put(GoMap.make(0), key, 1L));
        panics("runtime error: hash of unhashable type []int", () -> GoMap.lookup(null, key));
    }

    @Test
    void iterationStartsAtRandomPoints() {
        GoMap m = GoMap.make(0);
        for (long i = 0; i < 20; i++) {
            GoMap.put(m, i, i);
        }
        Set<Object> firsts = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            GoMap.Iter it = GoMap.iter(m);
            it.next();
            firsts.add(it.key());
        }
        assertTrue(firsts.size() > 1);
    }

    @Test
    void deletesDuringIterationAreNotProduced() {
        GoMap m = GoMap.make(0);
        for (long i = 0; i < 100; i++) {
            GoMap.put(m, i, i);
        }
        Set<Object> seen = new HashSet<>();
        Set<Object> deleted = new HashSet<>();
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            assertTrue(!deleted.contains(it.key()), "deleted key produced: " + it.key());
            assertTrue(seen.add(it.key()));
            // Delete the even keys not produced yet: enough holes to compact the slots.
            for (long i = 0; i < 100; i += 2) {
                if (!seen.contains(i) && deleted.add(i)) {
                    GoMap.delete(m, i);
                }
            }
        }
        for (long i = 1; i < 100; i += 2) {
            assertTrue(seen.contains(i), "odd key never deleted must be produced: " + i);
        }
    }

    @Test
    void everyEntryIsProducedOnceAcrossCompaction() {
        GoMap m = GoMap.make(0);
        for (long i = 0; i < 64; i++) {
            GoMap.put(m, i, i);
        }
        for (long i = 0; i < 60; i++) {
            GoMap.delete(m, i);
        }
        Set<Object> seen = new HashSet<>();
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            assertTrue(seen.add(it.key()));
            for (long j = 100; j < 200; j++) {
                GoMap.put(m, j, j); // inserts that compact and grow the slots under the iterator
            }
        }
        assertTrue(seen.containsAll(Set.of(60L, 61L, 62L, 63L)));
    }
}
