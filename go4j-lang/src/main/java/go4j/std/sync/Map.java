package go4j.std.sync;

import go4j.fn.F$LL$Z;
import go4j.lang.Eq;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;
import java.util.Map.Entry;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Go's {@code sync.Map}, a standard struct type (docs/compiler.md): a map of interface values
 * to interface values on a {@link ConcurrentHashMap}. Keys are compared and hashed as Go's
 * {@code ==} does ({@link Eq}), so an uncomparable key panics as in Go
 * ({@code runtime error: hash of unhashable type []int}); nil values are kept as a sentinel,
 * which ConcurrentHashMap cannot hold.
 *
 * <p>Used through its pointer: in an interface it reads as {@code *sync.Map}, equality is
 * identity, and a copy ({@link #$copy}) holds the same entries, independent from then on.
 *
 * <pre>{@code
 * Map m = new Map();
 * m.Store("k", 1L);
 * m.Load("k");  // {1L, true}
 * }</pre>
 */
public final class Map implements GoValue {
    /** {@code *sync.Map}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "Map").setUnderlying(RType.struct(List.of())));

    /** A key with Go's equality and hash. */
    private record Key(Object k) {
        Key {
            Eq.hash(k); // panics now for an unhashable key, as Go's map does
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Eq.equal(k, other.k);
        }

        @Override
        public int hashCode() {
            return Eq.hash(k);
        }
    }

    /** Stands for a nil value. */
    private static final Object NIL = new Object();

    private ConcurrentHashMap<Key, Object> m = new ConcurrentHashMap<>();

    /** An empty Map, Go's zero value. */
    public Map() {
    }

    /** @return a Map with this one's entries */
    public Map $copy() {
        Map c = new Map();
        c.m.putAll(m);
        return c;
    }

    /** @param other the Map whose entries this one takes a copy of */
    public void $set(Map other) {
        m = new ConcurrentHashMap<>(other.m);
    }

    private static Object in(Object v) {
        return v == null ? NIL : v;
    }

    private static Object out(Object v) {
        return v == NIL ? null : v;
    }

    /** Removes key's entry. */
    public void Delete(Object key) {
        m.remove(new Key(key));
    }

    /** @return {value or nil, Boolean present} */
    public Object[] Load(Object key) {
        Object v = m.get(new Key(key));
        return new Object[] {out(v), v != null};
    }

    /** @return {the value removed or nil, Boolean it was present} */
    public Object[] LoadAndDelete(Object key) {
        Object v = m.remove(new Key(key));
        return new Object[] {out(v), v != null};
    }

    /** @return {the value now stored, Boolean it was there before (else value was stored)} */
    public Object[] LoadOrStore(Object key, Object value) {
        Object prev = m.putIfAbsent(new Key(key), in(value));
        return prev != null ? new Object[] {out(prev), true} : new Object[] {value, false};
    }

    /**
     * Calls f for each entry, stopping when it returns false; entries stored or deleted
     * meanwhile may or may not be visited, as in Go.
     *
     * @param f a {@code func(key, value any) bool} value
     */
    public void Range(Object f) {
        F$LL$Z visit = (F$LL$Z) f;
        for (Entry<Key, Object> e : m.entrySet()) {
            if (!visit.call(e.getKey().k(), out(e.getValue()))) {
                return;
            }
        }
    }

    /** Sets key's value. */
    public void Store(Object key, Object value) {
        m.put(new Key(key), in(value));
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
