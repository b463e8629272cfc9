package go4j.lang;

import java.util.HashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map ({@code map[K]V}) over boxed keys and values (interface values boxed per
 * compiler.md, or the raw JVM value for a key or value of a concrete type: {@code Long} for
 * {@code int}, {@code String}, a struct's object, ...). A nil map is {@code null}, and the
 * static helpers take it as Go does: reads find nothing, {@link #put} panics.
 *
 * <p>Go's semantics, not Java's: keys compare with Go's {@code ==} ({@link Eq}), so
 * {@code -0.0} and {@code +0.0} are one key and a NaN key is never found again (each
 * {@code m[NaN] = v} adds an entry, which only iteration sees); a key whose dynamic type is not
 * comparable panics with {@code runtime error: hash of unhashable type []int}; iteration starts
 * at a random entry each time, and an entry deleted during an iteration before it is reached is
 * not produced, one added may or may not be.
 *
 * <pre>{@code
 * GoMap m = GoMap.make(0);                       // m := map[string]int{}
 * GoMap.put(m, "a", 1L);                         // m["a"] = 1
 * long v = (Long) GoMap.get(m, "b", 0L);         // m["b"] == 0
 * boolean ok = GoMap.lookup(m, "a") != GoMap.ABSENT;
 * for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
 *     System.out.println(it.key() + "=" + it.value());
 * }
 * }</pre>
 */
public final class GoMap {
    /*
     * Implementation overview. Entries live in an array in insertion order (slots), with holes
     * where entries were deleted; a HashMap indexes them by lookup key (see key()). An iterator
     * walks the slots array it started with, from a random index around to it, skipping holes
     * and entries marked deleted, and reads each entry's value when it gets there: so deletes
     * are seen, updates too, and additions only if they land in that array. When holes
     * outnumber entries the slots are compacted into a new array; running iterators keep the
     * old one, where the entries are the same objects, marked when deleted.
     */

    /** What {@link #lookup} returns for a missing key (values may be null, so null cannot). */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    /** A key and its value; {@code deleted} once removed, for iterators holding old slots. */
    private static final class Entry {
        Object key;      // the Go key, as put (updated on assignment, as Go updates float keys)
        Object value;
        int slot;        // index in the current slots array (moved by compaction)
        boolean deleted;

        Entry(Object key, Object value, int slot) {
            this.key = key;
            this.value = value;
            this.slot = slot;
        }
    }

    private final HashMap<Object, Entry> index;  // lookup key -> entry; NaN keys are not indexed
    private Entry[] slots;                       // entries by insertion, null where deleted
    private int used;                            // slots[0, used) have been filled
    private int count;                           // Go's len(m)

    private GoMap(int hint) {
        index = new HashMap<>(Math.max(16, hint + hint / 3));
        slots = new Entry[Math.max(8, hint)];
    }

    /**
     * Go's {@code make(map[K]V, hint)} (and a map literal).
     *
     * @param hint the expected number of entries
     * @return an empty map
     */
    public static GoMap make(long hint) {
        return new GoMap((int) Math.min(Math.max(hint, 0), 1 << 20));
    }

    /**
     * Go's {@code len(m)}.
     *
     * @param m a map, null for nil
     * @return its number of entries
     */
    public static long len(GoMap m) {
        return m == null ? 0 : m.count;
    }

    /**
     * Go's {@code m[k]}.
     *
     * @param m    a map, null for nil
     * @param k    the key
     * @param zero the value type's zero value, returned for a missing key
     * @return the value, or {@code zero}
     * @throws GoPanic {@code hash of unhashable type T} for an uncomparable key
     */
    public static Object get(GoMap m, Object k, Object zero) {
        Object v = lookup(m, k);
        return v == ABSENT ? zero : v;
    }

    /**
     * Go's {@code v, ok := m[k]}.
     *
     * @param m a map, null for nil
     * @param k the key
     * @return the value, or {@link #ABSENT}
     * @throws GoPanic {@code hash of unhashable type T} for an uncomparable key
     */
    public static Object lookup(GoMap m, Object k) {
        Object lk = key(k);
        if (m == null || lk == null) {
            return ABSENT;
        }
        Entry e = m.index.get(lk);
        return e == null ? ABSENT : e.value;
    }

    /**
     * Go's {@code m[k] = v}.
     *
     * @param m a map
     * @param k the key
     * @param v the value
     * @throws GoPanic {@code assignment to entry in nil map} for a nil map, {@code hash of
     *     unhashable type T} for an uncomparable key
     */
    public static void put(GoMap m, Object k, Object v) {
        Object lk = key(k);
        if (m == null) {
            throw RuntimeError.nilMapWrite();
        }
        if (lk != null) {
            Entry e = m.index.get(lk);
            if (e != null) {
                e.key = k;
                e.value = v;
                return;
            }
        }
        if (m.used == m.slots.length) {
            m.resize();
        }
        Entry e = new Entry(k, v, m.used);
        m.slots[m.used++] = e;
        m.count++;
        if (lk != null) {
            m.index.put(lk, e);
        }
    }

    /**
     * Go's {@code delete(m, k)}: nothing for a nil map or a missing key.
     *
     * @param m a map, null for nil
     * @param k the key
     * @throws GoPanic {@code hash of unhashable type T} for an uncomparable key
     */
    public static void delete(GoMap m, Object k) {
        Object lk = key(k);
        if (m == null || lk == null) {
            return;
        }
        Entry e = m.index.remove(lk);
        if (e != null) {
            e.deleted = true;
            m.slots[e.slot] = null;
            m.count--;
        }
    }

    /** Grows the slots array, or compacts it into a new one when half of it is holes. */
    private void resize() {
        int n = count < used / 2 ? Math.max(8, count * 2) : used * 2;
        Entry[] fresh = new Entry[n];
        int k = 0;
        for (int i = 0; i < used; i++) {
            Entry e = slots[i];
            if (e != null) {
                // The same entry moves: iterators over the old array still reach it there.
                e.slot = k;
                fresh[k++] = e;
            }
        }
        slots = fresh;
        used = k;
    }

    /**
     * The HashMap key of a Go key: the key itself when Java's equality is Go's (strings,
     * integers, booleans, Box records), a float with {@code -0.0} made {@code +0.0}, other keys
     * wrapped to compare by {@link Eq}; null for a NaN, which is never found.
     */
    private static Object key(Object k) {
        return switch (k) {
            case null -> NIL_KEY;
            case String s -> s;
            case Long x -> x;
            case Integer x -> x;
            case Boolean x -> x;
            case Double d -> d.isNaN() ? null : d == 0 ? (Object) 0.0 : d;
            case Float f -> f.isNaN() ? null : f == 0 ? (Object) 0f : f;
            case Byte x -> x;
            case Short x -> x;
            case Record r when r.getClass().getEnclosingClass() == Box.class -> r;
            default -> {
                Eq.hash(k); // panics for an unhashable type before anything changes
                yield new GoKey(k);
            }
        };
    }

    /** The lookup key of a nil interface key. */
    private static final Object NIL_KEY = new Object();

    /** A key compared as Go compares it. */
    private record GoKey(Object k) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GoKey g && Eq.equal(k, g.k);
        }

        @Override
        public int hashCode() {
            return Eq.hash(k);
        }
    }

    // ---- iteration ----

    /**
     * Go's {@code for k, v := range m}.
     *
     * @param m a map, null for nil
     * @return an iterator from a random starting entry
     */
    public static Iter iter(GoMap m) {
        return new Iter(m);
    }

    /** An iteration over a map, in Go's random order; see {@link GoMap}. */
    public static final class Iter {
        private final Entry[] slots;  // the array this iteration walks
        private final int n;          // its filled part when the iteration started
        private final int start;      // the random first index
        private int i;                // steps taken
        private Entry cur;

        Iter(GoMap m) {
            slots = m == null ? new Entry[0] : m.slots;
            n = m == null ? 0 : m.used;
            start = n == 0 ? 0 : ThreadLocalRandom.current().nextInt(n);
        }

        /**
         * Moves to the next entry.
         *
         * @return false at the end
         */
        public boolean next() {
            while (i < n) {
                Entry e = slots[(start + i++) % n];
                if (e != null && !e.deleted) {
                    cur = e;
                    return true;
                }
            }
            cur = null;
            return false;
        }

        /**
         * Returns the current entry's key.
         *
         * @return the current entry's key
         */
        public Object key() {
            return cur.key;
        }

        /**
         * Returns the current entry's value, as it is now.
         *
         * @return the current entry's value, as it is now
         */
        public Object value() {
            return cur.value;
        }
    }
}
