package go4j.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Go's sync.Map: a map safe for use by many goroutines at once without further locking, with
 * Go's operations and Go's rules. Keys are compared with {@code equals} and {@code hashCode}
 * (Go's {@code ==} on comparable keys); values with {@code equals} where an operation
 * compares them ({@link #compareAndSwap}, {@link #compareAndDelete}). Null is a legal key and
 * a legal value (Go's nil). The zero value, {@code new Map<>()}, is empty.
 *
 * <p>Go's {@code (value, ok)} and {@code (value, loaded)} results are a {@link Loaded} record.
 * The name is Go's, so it meets {@link java.util.Map}: import {@code go4j.sync.Map} by name
 * (a single-type import wins over {@code java.util.*}), or write {@code go4j.sync.Map}.
 *
 * <pre>{@code
 * Map<String, Integer> hits = new Map<>();
 * hits.store("a", 1);
 * Map.Loaded<Integer> r = hits.loadOrStore("b", 2); // (2, false): stored
 * if (hits.load("a").loaded()) {
 *     hits.range((k, v) -> {
 *         System.out.println(k + "=" + v);
 *         return true; // false stops the range
 *     });
 * }
 * }</pre>
 *
 * <p>Every operation is atomic (linearizable) except {@link #range}, which, as in Go, is not
 * a snapshot: it visits each key at most once, and for a key stored or deleted while it runs
 * may see any mapping the key had during the call. {@code f} may call any method of the map.
 * A store happens-before every load that observes it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class Map<K, V> {
    /*
     * Implementation overview. A ConcurrentHashMap (the table) from key to Entry, one Entry per
     * live key: Go's design (sync.Map keeps an *entry per key and swaps the value pointer in
     * it) on the JDK's concurrent hash table, which already gives what Go's read-only/dirty
     * split buys it (lock-free loads, stores to disjoint keys that do not contend).
     *
     * An Entry's value is the key's current value, or DELETED once the key was deleted (Go's
     * expunged): DELETED is final, the entry is then dead and is removed from the table. So a
     * key is present iff the table maps it to an entry whose value is not DELETED, and:
     *   - store/swap of a present key: a CAS on the entry's value, no table write;
     *   - store of an absent key: computeIfAbsent inserts a new Entry (under the table's bin
     *     lock); a dead entry still in the table is removed first (helping its deleter);
     *   - delete: CAS the value to DELETED (that is the delete), then remove the entry.
     * A CAS on a live entry wins only while the entry is in the table: entries leave the table
     * only after they died.
     *
     * Range and "each key at most once". A ConcurrentHashMap iterator may return a key twice
     * when the key is deleted and stored again behind it (the new node is appended to a bin
     * the iterator has not finished). Each Entry therefore gets a sequence number when it is
     * inserted (taken with a volatile getAndAdd, inside computeIfAbsent's bin lock), and range
     * skips entries newer than the counter it read when it began. Why that suffices: two
     * entries E1, E2 of one key, E2 inserted after E1 was removed. If E2's number is at most
     * range's start value, then E1's death (the CAS to DELETED) happened-before E2's number
     * (the bin lock orders the removal before the insert), which happened-before range read the
     * counter (a chain of getAndAdds), so range sees E1 dead and skips it. Either way at most
     * one of them is visited.
     *
     * Clear (Go 1.23) swaps in an empty table: atomic, as Go's Clear. An operation reads the
     * table once and works on that table only, so one that read the old table before the swap
     * is ordered before the clear, which it overlaps.
     *
     * Invariants: an Entry's value goes from live values to DELETED at most once and never
     * back; an entry is removed from its table only after it is DELETED; a key has at most one
     * entry in a table; seq of an entry is written before the entry is published and never
     * changes.
     */

    /**
     * Go's {@code (value, ok)} and {@code (value, loaded)} results: {@code loaded} is true when
     * the key was present; {@code value} is then its value (for {@link #loadOrStore} that was
     * not loaded, the value stored), else null.
     *
     * <pre>{@code
     * Map<String, Integer> counts = new Map<>();
     * Map.Loaded<Integer> r = counts.load("go");  // v, ok := counts.Load("go")
     * int n = r.loaded() ? r.value() : 0;
     * }</pre>
     *
     * @param <V>    the map's value type
     * @param value  the key's value, the value stored, or null
     * @param loaded whether the key was present
     */
    public record Loaded<V>(V value, boolean loaded) {
        private static final Loaded<?> ABSENT = new Loaded<>(null, false);

        @SuppressWarnings("unchecked")
        static <V> Loaded<V> absent() {
            return (Loaded<V>) ABSENT;
        }
    }

    /** The value of a deleted key's entry (Go's expunged); never a user's value. */
    private static final Object DELETED = new Object();
    /** Stands for the null key in the table (ConcurrentHashMap takes no null keys). */
    private static final Object NULL_KEY = new Object();

    private static final VarHandle SEQ;
    private static final VarHandle VALUE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            SEQ = l.findVarHandle(Map.class, "seq", long.class);
            VALUE = l.findVarHandle(Entry.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** One key's value cell (Go's {@code entry}). */
    private static final class Entry {
        volatile Object value; // the current value (null allowed), or DELETED: then final
        long seq;              // insertion number, set before the entry is published (see range)

        Entry(Object value) {
            this.value = value;
        }

        boolean cas(Object expected, Object next) {
            return VALUE.compareAndSet(this, expected, next);
        }
    }

    private volatile ConcurrentHashMap<Object, Entry> table = new ConcurrentHashMap<>(); // replaced by clear()
    @SuppressWarnings("unused") // through SEQ: the last insertion number handed out
    private volatile long seq;

    /** An empty map, Go's zero {@code sync.Map}. */
    public Map() {
    }

    private static Object box(Object key) {
        return key == null ? NULL_KEY : key;
    }

    @SuppressWarnings("unchecked")
    private K unbox(Object k) {
        return k == NULL_KEY ? null : (K) k;
    }

    /**
     * Inserts a new entry for {@code kk} holding {@code v} unless the table has one; null when
     * it did, else the entry found (possibly dead).
     */
    private Entry insert(ConcurrentHashMap<Object, Entry> t, Object kk, Object v) {
        Entry fresh = new Entry(v);
        Entry e = t.computeIfAbsent(kk, x -> {
            fresh.seq = (long) SEQ.getAndAdd(this, 1L) + 1; // under the bin lock: see range
            return fresh;
        });
        return e == fresh ? null : e;
    }

    // ---- reading ----

    /**
     * The value stored for {@code key}, and whether there was one (Go's {@code Load}).
     *
     * @param key the key to look up; may be null
     * @return the value with loaded true, or (null, false) if the key is absent
     */
    @SuppressWarnings("unchecked")
    public Loaded<V> load(K key) {
        Entry e = table.get(box(key));
        if (e == null) {
            return Loaded.absent();
        }
        Object v = e.value;
        return v == DELETED ? Loaded.absent() : new Loaded<>((V) v, true);
    }

    // ---- writing ----

    /**
     * Sets the value for {@code key} (Go's {@code Store}).
     *
     * @param key   the key; may be null
     * @param value the value; may be null
     */
    public void store(K key, V value) {
        swap(key, value);
    }

    /**
     * Stores {@code value} and returns the previous value, if any (Go's {@code Swap}):
     * {@code loaded} says whether the key was present.
     *
     * @param key   the key; may be null
     * @param value the new value; may be null
     * @return the previous value with loaded true, or (null, false) if the key was absent
     */
    @SuppressWarnings("unchecked")
    public Loaded<V> swap(K key, V value) {
        ConcurrentHashMap<Object, Entry> t = table;
        Object kk = box(key);
        Entry e = t.get(kk);
        for (;;) {
            if (e == null && (e = insert(t, kk, value)) == null) {
                return Loaded.absent();
            }
            Object old = e.value;
            if (old == DELETED) {
                t.remove(kk, e); // help its deleter, then insert anew
                e = null;
            } else if (e.cas(old, value)) {
                return new Loaded<>((V) old, true);
            }
        }
    }

    /**
     * The existing value for {@code key} if present ({@code loaded} true); otherwise stores
     * {@code value} and returns it ({@code loaded} false) (Go's {@code LoadOrStore}).
     *
     * @param key   the key; may be null
     * @param value the value to store if the key is absent; may be null
     * @return the existing value with loaded true, or {@code value} with loaded false
     */
    @SuppressWarnings("unchecked")
    public Loaded<V> loadOrStore(K key, V value) {
        ConcurrentHashMap<Object, Entry> t = table;
        Object kk = box(key);
        Entry e = t.get(kk);
        for (;;) {
            if (e == null && (e = insert(t, kk, value)) == null) {
                return new Loaded<>(value, false);
            }
            Object cur = e.value;
            if (cur != DELETED) {
                return new Loaded<>((V) cur, true);
            }
            t.remove(kk, e);
            e = null;
        }
    }

    /**
     * Swaps in {@code next} if the value for {@code key} equals {@code old} (Go's
     * {@code CompareAndSwap}); false if it does not, or the key is absent (even when
     * {@code old} is null).
     *
     * @param key  the key; may be null
     * @param old  the value expected, compared with {@code equals}
     * @param next the value to store in its place
     * @return true if the value was swapped
     */
    public boolean compareAndSwap(K key, V old, V next) {
        Entry e = table.get(box(key));
        if (e == null) {
            return false;
        }
        for (;;) {
            Object cur = e.value;
            if (cur == DELETED || !Objects.equals(cur, old)) {
                return false;
            }
            if (e.cas(cur, next)) {
                return true;
            }
        }
    }

    // ---- deleting ----

    /**
     * Deletes the value for {@code key}, returning the previous value if any (Go's
     * {@code LoadAndDelete}): {@code loaded} says whether the key was present.
     *
     * @param key the key to delete; may be null
     * @return the deleted value with loaded true, or (null, false) if the key was absent
     */
    @SuppressWarnings("unchecked")
    public Loaded<V> loadAndDelete(K key) {
        ConcurrentHashMap<Object, Entry> t = table;
        Object kk = box(key);
        Entry e = t.get(kk);
        if (e == null) {
            return Loaded.absent();
        }
        for (;;) {
            Object cur = e.value;
            if (cur == DELETED) {
                return Loaded.absent(); // deleted by another, which removes it
            }
            if (e.cas(cur, DELETED)) {
                t.remove(kk, e);
                return new Loaded<>((V) cur, true);
            }
        }
    }

    /**
     * Deletes the value for {@code key} (Go's {@code Delete}).
     *
     * @param key the key to delete; may be null
     */
    public void delete(K key) {
        loadAndDelete(key);
    }

    /**
     * Deletes the entry for {@code key} if its value equals {@code old} (Go's
     * {@code CompareAndDelete}); false if it does not, or the key is absent (even when
     * {@code old} is null).
     *
     * @param key the key; may be null
     * @param old the value expected, compared with {@code equals}
     * @return true if the entry was deleted
     */
    public boolean compareAndDelete(K key, V old) {
        ConcurrentHashMap<Object, Entry> t = table;
        Object kk = box(key);
        Entry e = t.get(kk);
        if (e == null) {
            return false;
        }
        for (;;) {
            Object cur = e.value;
            if (cur == DELETED || !Objects.equals(cur, old)) {
                return false;
            }
            if (e.cas(cur, DELETED)) {
                t.remove(kk, e);
                return true;
            }
        }
    }

    /** Deletes every entry, leaving the map empty (Go 1.23's {@code Clear}). */
    public void clear() {
        table = new ConcurrentHashMap<>();
    }

    // ---- iterating ----

    /**
     * Calls {@code f} for each key and value present in the map, until {@code f} returns
     * false (Go's {@code Range}). Not a snapshot: each key is visited at most once, a key
     * stored or deleted meanwhile may or may not be visited, and its value may be any it had
     * during the call. {@code f} may call any method of the map. O(n) even if {@code f}
     * stops early.
     *
     * @param f called with each key and value; returning false stops the range
     * @throws NullPointerException if {@code f} is null
     */
    @SuppressWarnings("unchecked")
    public void range(BiPredicate<? super K, ? super V> f) {
        Objects.requireNonNull(f, "f");
        ConcurrentHashMap<Object, Entry> t = table;
        long start = (long) SEQ.getVolatile(this);
        for (java.util.Map.Entry<Object, Entry> me : t.entrySet()) {
            Entry e = me.getValue();
            if (e.seq > start) {
                continue; // inserted after range began (see the overview)
            }
            Object v = e.value;
            if (v != DELETED && !f.test(unbox(me.getKey()), (V) v)) {
                return;
            }
        }
    }
}
