package go4j.std.bytes;

import go4j.lang.GoPanic;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code bytes} package, a subset (stub {@code go4j/std/bytes/bytes.go}). A
 * {@code []byte} is a {@link SliceB}, null for nil; a {@code [][]byte} a {@link SliceL} of
 * them. What Go returns as a subslice of the argument (Split's and Fields' pieces, TrimSpace)
 * is one here too, sharing its array with the capacity Go gives it, so that appending to a
 * piece behaves as in Go; and where Go returns nil rather than an empty slice, so does this.
 * Runes are read as Go's {@code utf8.DecodeRune} reads them (an invalid byte is U+FFFD, width
 * 1), through {@link Str#decodeRune} on the bytes as a Go string, whose indexes are the
 * byte offsets.
 *
 * <pre>{@code
 * SliceB s = SliceB.fromString(" a b ");
 * Pkg.Fields(s);     // [a b]
 * Pkg.TrimSpace(s);  // "a b"
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** @return a Buffer whose contents are buf (shared, as in Go) */
    public static Buffer NewBuffer(SliceB buf) {
        return new Buffer(buf);
    }

    /** @return a Buffer whose contents are the bytes of s */
    public static Buffer NewBufferString(String s) {
        return new Buffer(Str.toBytes(s));
    }

    private static int len(SliceB s) {
        return s == null ? 0 : s.len;
    }

    private static int at(SliceB s, int i) {
        return s.array[s.offset + i] & 0xFF;
    }

    /** @return whether a and b hold the same bytes (nil equals empty) */
    public static boolean Equal(SliceB a, SliceB b) {
        return Compare(a, b) == 0;
    }

    /** @return -1, 0 or +1 as a sorts before, with or after b, byte by byte */
    public static long Compare(SliceB a, SliceB b) {
        int n = Math.min(len(a), len(b));
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(at(a, i), at(b, i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.signum(Integer.compare(len(a), len(b)));
    }

    /** @return the index of the first sep in s, -1 if none (0 for an empty sep) */
    public static long Index(SliceB s, SliceB sep) {
        return index(s, 0, sep);
    }

    private static int index(SliceB s, int from, SliceB sep) {
        int n = len(sep);
        outer:
        for (int i = from; i + n <= len(s); i++) {
            for (int j = 0; j < n; j++) {
                if (at(s, i + j) != at(sep, j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** @return the index of the first byte c in b, -1 if none */
    public static long IndexByte(SliceB b, int c) {
        for (int i = 0; i < len(b); i++) {
            if (at(b, i) == (c & 0xFF)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether subslice is in b */
    public static boolean Contains(SliceB b, SliceB subslice) {
        return Index(b, subslice) >= 0;
    }

    /** @return whether s begins with prefix */
    public static boolean HasPrefix(SliceB s, SliceB prefix) {
        return len(s) >= len(prefix) && index(s, 0, prefix) == 0;
    }

    /** @return whether s ends with suffix */
    public static boolean HasSuffix(SliceB s, SliceB suffix) {
        int from = len(s) - len(suffix);
        return from >= 0 && index(s, from, suffix) == from;
    }

    /**
     * @return the pieces of s between the seps, each a subslice of s whose capacity ends
     *         where it does (the last one keeps s's); an empty sep splits after each UTF-8
     *         sequence
     */
    public static SliceL Split(SliceB s, SliceB sep) {
        List<SliceB> out = new ArrayList<>();
        if (len(sep) == 0) {
            String str = Str.fromBytes(s);
            for (int i = 0; i < len(s); ) {
                int w = Str.width(Str.decodeRune(str, i));
                out.add(SliceB.slice(s, i, i + w, i + w));
                i += w;
            }
            return SliceL.of(out.toArray());
        }
        int start = 0;
        for (int m = index(s, 0, sep); m >= 0; m = index(s, start, sep)) {
            out.add(SliceB.slice(s, start, m, m));
            start = m + len(sep);
        }
        out.add(s == null ? null : SliceB.slice(s, start, s.len));
        return SliceL.of(out.toArray());
    }

    /**
     * @return the slices of s joined with sep between them, in a new array; Go gives an
     *         empty non-nil slice for no slices, and a copy (nil if empty) for one
     */
    public static SliceB Join(SliceL s, SliceB sep) {
        int n = (int) Slice.len(s);
        if (n == 0) {
            return SliceB.make(0);
        }
        SliceB out = null;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out = SliceB.appendSlice(out, sep);
            }
            out = SliceB.appendSlice(out, (SliceB) SliceL.get(s, i));
        }
        return n == 1 ? out : out == null ? SliceB.make(0) : out;
    }

    /** @return a new slice of s's bytes with every letter upper case (Go's unicode mapping) */
    public static SliceB ToUpper(SliceB s) {
        return copyOf(go4j.std.strings.Pkg.ToUpper(Str.fromBytes(s)));
    }

    /** @return a new slice of s's bytes with every letter lower case (Go's unicode mapping) */
    public static SliceB ToLower(SliceB s) {
        return copyOf(go4j.std.strings.Pkg.ToLower(Str.fromBytes(s)));
    }

    /** The bytes of a Go string in a new, non-nil slice whose capacity is its length, as Go's make gives. */
    private static SliceB copyOf(String s) {
        SliceB b = SliceB.make(s.length());
        SliceB.copyString(b, s);
        return b;
    }

    /** @return the subslice of s without leading and trailing white space; nil if nothing is left */
    public static SliceB TrimSpace(SliceB s) {
        String str = Str.fromBytes(s);
        int start = -1;
        int end = 0;
        for (int i = 0; i < str.length(); ) {
            long r = Str.decodeRune(str, i);
            int w = Str.width(r);
            if (!isSpace(Str.rune(r))) {
                if (start < 0) {
                    start = i;
                }
                end = i + w;
            }
            i += w;
        }
        return start < 0 ? null : SliceB.slice(s, start, end);
    }

    /**
     * @return count copies of b, in a new non-nil slice
     * @throws GoPanic for a negative count, or one whose result would not fit, with Go's texts
     */
    public static SliceB Repeat(SliceB b, long count) {
        if (count == 0) {
            return SliceB.make(0);
        }
        if (count < 0) {
            throw new GoPanic("bytes: negative Repeat count");
        }
        if (len(b) * count / count != len(b) || len(b) * count > Integer.MAX_VALUE - 8) {
            throw new GoPanic("bytes: Repeat count causes overflow");
        }
        int n = len(b);
        SliceB out = SliceB.make(n * count);
        for (int i = 0; i < count; i++) {
            System.arraycopy(b.array, b.offset, out.array, i * n, n);
        }
        return out;
    }

    /**
     * @return the runs of s between white space (Go's unicode.IsSpace), each a subslice of s
     *         whose capacity ends where it does
     */
    public static SliceL Fields(SliceB s) {
        List<SliceB> out = new ArrayList<>();
        String str = Str.fromBytes(s);
        int start = -1;
        for (int i = 0; i < str.length(); ) {
            long r = Str.decodeRune(str, i);
            boolean space = isSpace(Str.rune(r));
            if (space && start >= 0) {
                out.add(SliceB.slice(s, start, i, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += Str.width(r);
        }
        if (start >= 0) {
            out.add(SliceB.slice(s, start, str.length(), str.length()));
        }
        return SliceL.of(out.toArray());
    }

    /** Go's unicode.IsSpace. */
    private static boolean isSpace(int r) {
        return go4j.std.unicode.Pkg.IsSpace(r);
    }

    // ---- the functions that answer as strings' do on the same bytes; the ones that return
    // part of s return a subslice of s, sharing its array, as Go's do

    private static String str(SliceB b) {
        return SliceB.toGoString(b);
    }

    /** @return the number of non-overlapping sep in s (runes + 1 for an empty sep) */
    public static long Count(SliceB s, SliceB sep) {
        return go4j.std.strings.Pkg.Count(str(s), str(sep));
    }

    /** @return whether any rune of chars is in b */
    public static boolean ContainsAny(SliceB b, String chars) {
        return go4j.std.strings.Pkg.ContainsAny(str(b), chars);
    }

    /** @return whether r is in b */
    public static boolean ContainsRune(SliceB b, int r) {
        return go4j.std.strings.Pkg.ContainsRune(str(b), r);
    }

    /** @return whether s and t are equal under Unicode case folding */
    public static boolean EqualFold(SliceB s, SliceB t) {
        return go4j.std.strings.Pkg.EqualFold(str(s), str(t));
    }

    /** @return the index of the first rune of chars in s, or -1 */
    public static long IndexAny(SliceB s, String chars) {
        return go4j.std.strings.Pkg.IndexAny(str(s), chars);
    }

    /** @return the index of the first r in s, or -1 */
    public static long IndexRune(SliceB s, int r) {
        return go4j.std.strings.Pkg.IndexRune(str(s), r);
    }

    /** @return the index of the last sep in s, or -1 */
    public static long LastIndex(SliceB s, SliceB sep) {
        return go4j.std.strings.Pkg.LastIndex(str(s), str(sep));
    }

    /** @return the index of the last rune of chars in s, or -1 */
    public static long LastIndexAny(SliceB s, String chars) {
        return go4j.std.strings.Pkg.LastIndexAny(str(s), chars);
    }

    /** @return the index of the last c in s, or -1 */
    public static long LastIndexByte(SliceB s, int c) {
        for (int i = len(s) - 1; i >= 0; i--) {
            if (at(s, i) == (c & 0xFF)) {
                return i;
            }
        }
        return -1;
    }

    /** @return s without the leading prefix, if it has it */
    public static SliceB TrimPrefix(SliceB s, SliceB prefix) {
        return HasPrefix(s, prefix) ? SliceB.slice(s, len(prefix), len(s)) : s;
    }

    /** @return s without the trailing suffix, if it has it */
    public static SliceB TrimSuffix(SliceB s, SliceB suffix) {
        return HasSuffix(s, suffix) ? SliceB.slice(s, 0, len(s) - len(suffix)) : s;
    }

    /** @return s without leading runes in cutset (nil if nothing is left, as Go's) */
    public static SliceB TrimLeft(SliceB s, String cutset) {
        int cut = len(s) - go4j.std.strings.Pkg.TrimLeft(str(s), cutset).length();
        return cut == len(s) ? null : SliceB.slice(s, cut, len(s));
    }

    /** @return s without trailing runes in cutset */
    public static SliceB TrimRight(SliceB s, String cutset) {
        if (s == null) {
            return null;
        }
        return SliceB.slice(s, 0, go4j.std.strings.Pkg.TrimRight(str(s), cutset).length());
    }

    /** @return s without leading and trailing runes in cutset */
    public static SliceB Trim(SliceB s, String cutset) {
        return TrimRight(TrimLeft(s, cutset), cutset);
    }

    /** @return {before, after, found}: s around its first sep, subslices of s */
    public static Object[] Cut(SliceB s, SliceB sep) {
        long i = Index(s, sep);
        if (i < 0) {
            return new Object[] {s, null, false};
        }
        return new Object[] {SliceB.slice(s, 0, i), SliceB.slice(s, i + len(sep), len(s)), true};
    }

    /** @return a copy of s with the first n old replaced by new (all for n &lt; 0) */
    public static SliceB Replace(SliceB s, SliceB old, SliceB nw, long n) {
        return Str.toBytes(go4j.std.strings.Pkg.Replace(str(s), str(old), str(nw), n));
    }

    /** @return a copy of s with every old replaced by new */
    public static SliceB ReplaceAll(SliceB s, SliceB old, SliceB nw) {
        return Replace(s, old, nw, -1);
    }

    /** @return s's runes */
    public static go4j.lang.SliceI Runes(SliceB s) {
        return Str.toRunes(str(s));
    }
}
