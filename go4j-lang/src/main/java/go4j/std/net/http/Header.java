package go4j.std.net.http;

import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.std.io.Streams;

/**
 * Go's {@code http.Header}, a standard named type whose underlying type is
 * {@code map[string][]string} (docs/compiler.md): a Header value is a {@link GoMap} of Go
 * strings to {@link SliceL}s of Go strings, and this class is its box in an interface, with
 * the value in {@link #v}. Go's methods are static, the receiver first; they canonicalize the
 * key ({@code content-type} is {@code Content-Type}), as Go's do.
 *
 * <pre>{@code
 * GoMap h = GoMap.make(0);
 * Header.Set(h, "content-type", "text/plain");
 * Header.Get(h, "CONTENT-TYPE");   // "text/plain", under the key "Content-Type"
 * }</pre>
 */
public final class Header implements GoValue {
    /** {@code http.Header}. */
    public static final RType TYPE = RType.named("net/http", "Header").setUnderlying(RType.map(RType.STRING, RType.slice(RType.STRING)));

    /** The boxed value. */
    public final GoMap v;

    /** @param v the value */
    public Header(GoMap v) {
        this.v = v;
    }

    /** Appends value to key's values, key as it is (already canonical). */
    static void addRaw(GoMap h, String key, String value) {
        GoMap.put(h, key, SliceL.append((SliceL) GoMap.get(h, key, null), value));
    }

    /** Go's {@code Add}: value appended to the canonical key's values. */
    public static void Add(GoMap h, String key, String value) {
        addRaw(h, Wire.canonicalKey(key), value);
    }

    /** Go's {@code Set}: the canonical key's values become {value}. */
    public static void Set(GoMap h, String key, String value) {
        GoMap.put(h, Wire.canonicalKey(key), SliceL.of(value));
    }

    /** Go's {@code Get}: the first value of the canonical key, "" for none. */
    public static String Get(GoMap h, String key) {
        return get(h, Wire.canonicalKey(key));
    }

    /** The first value of key, as it is; "" for none. */
    static String get(GoMap h, String key) {
        SliceL vs = (SliceL) GoMap.get(h, key, null);
        return SliceL.len(vs) == 0 ? "" : (String) SliceL.get(vs, 0);
    }

    /** @return whether key, as it is, is in h */
    static boolean has(GoMap h, String key) {
        return GoMap.lookup(h, key) != GoMap.ABSENT;
    }

    /** Go's {@code Values}: the canonical key's values, nil for none. */
    public static SliceL Values(GoMap h, String key) {
        return (SliceL) GoMap.get(h, Wire.canonicalKey(key), null);
    }

    /** Go's {@code Del}. */
    public static void Del(GoMap h, String key) {
        GoMap.delete(h, Wire.canonicalKey(key));
    }

    /** Go's {@code Clone}: a copy with copies of the value slices; nil for nil. */
    public static GoMap Clone(GoMap h) {
        if (h == null) {
            return null;
        }
        GoMap c = GoMap.make(GoMap.len(h));
        for (GoMap.Iter it = GoMap.iter(h); it.next(); ) {
            SliceL vs = (SliceL) it.value();
            GoMap.put(c, it.key(), vs == null ? null : SliceL.of(SliceL.toArray(vs)));
        }
        return c;
    }

    /** Go's {@code Write}: the header in wire format, keys sorted. */
    public static Object Write(GoMap h, Object w) {
        StringBuilder sb = new StringBuilder();
        Wire.writeHeader(sb, h, null);
        if (sb.length() == 0) {
            return null;
        }
        return Streams.write(w, Str.toBytes(sb.toString()))[1];
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
