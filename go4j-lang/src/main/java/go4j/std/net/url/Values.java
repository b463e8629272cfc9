package go4j.std.net.url;

import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Go's {@code url.Values}, a standard named type whose underlying type is
 * {@code map[string][]string} (docs/compiler.md): a Values value is a {@link GoMap} of Go
 * strings to {@link SliceL}s of Go strings, and this class is its box in an interface, with the
 * value in {@link #v}. Go's methods are static, the receiver first.
 *
 * <pre>{@code
 * GoMap v = Pkg.ParseQuery("b=2&a=1&a=x y")[0];
 * Values.Get(v, "a");     // "1"
 * Values.Encode(v);       // "a=1&a=x+y&b=2"
 * }</pre>
 */
public final class Values implements GoValue {
    /** {@code url.Values}. */
    public static final RType TYPE = RType.named("net/url", "Values").setUnderlying(RType.map(RType.STRING, RType.slice(RType.STRING)));

    /** The boxed value. */
    public final GoMap v;

    /** @param v the value */
    public Values(GoMap v) {
        this.v = v;
    }

    static SliceL values(GoMap v, String key) {
        return (SliceL) GoMap.get(v, key, null);
    }

    /** Go's {@code Get}: the first value of key, "" for none. */
    public static String Get(GoMap v, String key) {
        SliceL vs = values(v, key);
        return SliceL.len(vs) == 0 ? "" : (String) SliceL.get(vs, 0);
    }

    /** Go's {@code Set}: key's values become {value}. */
    public static void Set(GoMap v, String key, String value) {
        GoMap.put(v, key, SliceL.of(value));
    }

    /** Go's {@code Add}: value appended to key's values. */
    public static void Add(GoMap v, String key, String value) {
        GoMap.put(v, key, SliceL.append(values(v, key), value));
    }

    /** Go's {@code Del}. */
    public static void Del(GoMap v, String key) {
        GoMap.delete(v, key);
    }

    /** Go's {@code Has}: whether key is set. */
    public static boolean Has(GoMap v, String key) {
        return GoMap.lookup(v, key) != GoMap.ABSENT;
    }

    /** @return the map's keys, sorted as Go sorts strings (by bytes) */
    static List<String> sortedKeys(GoMap v) {
        List<String> keys = new ArrayList<>();
        for (GoMap.Iter it = GoMap.iter(v); it.next(); ) {
            keys.add((String) it.key());
        }
        Collections.sort(keys);
        return keys;
    }

    /** Go's {@code Encode}: {@code k=v&...} sorted by key, each part query-escaped. */
    public static String Encode(GoMap v) {
        if (v == null) {
            return "";
        }
        StringBuilder buf = new StringBuilder();
        for (String k : sortedKeys(v)) {
            String ke = Escaping.escape(k, Escaping.QUERY_COMPONENT);
            for (Object x : SliceL.toArray(values(v, k))) {
                if (buf.length() > 0) {
                    buf.append('&');
                }
                buf.append(ke).append('=').append(Escaping.escape((String) x, Escaping.QUERY_COMPONENT));
            }
        }
        return buf.toString();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
