package go4j.std.strings;

import go4j.fn.F$I$I;
import go4j.fn.F$I$Z;
import go4j.lang.GoPanic;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.fn.F$I$I;
import go4j.fn.F$I$Z;
import go4j.std.unicode.utf8.Utf8;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code strings} package (stub {@code go4j/std/strings/strings.go}) over go4j's strings:
 * one char per UTF-8 byte (docs/compiler.md), so byte searches are Java's own
 * {@code indexOf}, and whatever works on runes decodes the bytes first, an invalid byte
 * reading as U+FFFD of width 1 as Go's {@code for range} does. Indexes and counts are Go
 * {@code int}s ({@code long}); {@code []string} is a {@link SliceL} of Strings.
 *
 * <pre>{@code
 * Pkg.Split("a,b,c", ",");        // []string{"a", "b", "c"}
 * Pkg.ToUpper(Str.fromJava("é")); // "É" in UTF-8
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** Calls a {@code func(rune) bool} value. */
    private static boolean test(Object f, int r) {
        return ((F$I$Z) f).call(r);
    }

    // ---- comparing and searching ----

    /** @return Go's strings.Compare: -1, 0 or +1 in byte order */
    public static long Compare(String a, String b) {
        return Str.compare(a, b);
    }

    /** @return whether substr is within s */
    public static boolean Contains(String s, String substr) {
        return s.contains(substr);
    }

    /** @return whether any rune of chars is in s */
    public static boolean ContainsAny(String s, String chars) {
        return IndexAny(s, chars) >= 0;
    }

    /** @return whether the rune r is in s */
    public static boolean ContainsRune(String s, int r) {
        return IndexRune(s, r) >= 0;
    }

    /** @return the number of non-overlapping instances of substr in s; runes + 1 for "" */
    public static long Count(String s, String substr) {
        if (substr.isEmpty()) {
            return Str.runeCount(s) + 1L;
        }
        long n = 0;
        for (int i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length())) {
            n++;
        }
        return n;
    }

    /** @return {before, after, found} around the first sep in s (s, "", false without one) */
    public static Object[] Cut(String s, String sep) {
        int i = s.indexOf(sep);
        if (i < 0) {
            return new Object[] {s, "", false};
        }
        return new Object[] {s.substring(0, i), s.substring(i + sep.length()), true};
    }

    /** @return whether s and t are equal under simple Unicode case folding */
    public static boolean EqualFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            long a = Str.decodeRune(s, i);
            long b = Str.decodeRune(t, j);
            int ra = Str.rune(a);
            int rb = Str.rune(b);
            if (ra != rb && Character.toUpperCase(ra) != Character.toUpperCase(rb)
                    && Character.toLowerCase(ra) != Character.toLowerCase(rb)) {
                return false;
            }
            i += Str.width(a);
            j += Str.width(b);
        }
        return i == s.length() && j == t.length();
    }

    /** @return whether s begins with prefix */
    public static boolean HasPrefix(String s, String prefix) {
        return s.startsWith(prefix);
    }

    /** @return whether s ends with suffix */
    public static boolean HasSuffix(String s, String suffix) {
        return s.endsWith(suffix);
    }

    /** @return the index of the first substr in s, or -1 */
    public static long Index(String s, String substr) {
        return s.indexOf(substr);
    }

    /** @return the index of the first rune of s that is in chars, or -1 */
    public static long IndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            if (hasRune(chars, Str.rune(rw))) {
                return i;
            }
            i += Str.width(rw);
        }
        return -1;
    }

    /** @return the index of the first byte c in s, or -1 */
    public static long IndexByte(String s, int c) {
        return s.indexOf(c & 0xFF);
    }

    /** @return the index of the first rune of s satisfying f, or -1 */
    public static long IndexFunc(String s, Object f) {
        return indexFunc(s, f, true);
    }

    /**
     * @return the index of the first r in s, or -1; for U+FFFD, of the first invalid byte or
     *     encoded U+FFFD; -1 for a value that is no rune
     */
    public static long IndexRune(String s, int r) {
        if (r >= 0 && r < 0x80) {
            return s.indexOf(r);
        }
        if (r == Str.RUNE_ERROR) {
            for (int i = 0; i < s.length(); ) {
                long rw = Str.decodeRune(s, i);
                if (Str.rune(rw) == Str.RUNE_ERROR) {
                    return i;
                }
                i += Str.width(rw);
            }
            return -1;
        }
        if (!Utf8.validRune(r)) {
            return -1;
        }
        return s.indexOf(Str.fromRune(r));
    }

    /** @return the index of the last substr in s, or -1 */
    public static long LastIndex(String s, String substr) {
        return s.lastIndexOf(substr);
    }

    /** @return the index of the last rune of s that is in chars, or -1 */
    public static long LastIndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int end = s.length(); end > 0; ) {
            long rw = Utf8.decodeLast(s, end);
            end -= Str.width(rw);
            if (hasRune(chars, Str.rune(rw))) {
                return end;
            }
        }
        return -1;
    }

    /** @return the index of the last byte c in s, or -1 */
    public static long LastIndexByte(String s, int c) {
        return s.lastIndexOf(c & 0xFF);
    }

    private static boolean hasRune(String chars, int r) {
        for (int i = 0; i < chars.length(); ) {
            long rw = Str.decodeRune(chars, i);
            if (Str.rune(rw) == r) {
                return true;
            }
            i += Str.width(rw);
        }
        return false;
    }

    private static int indexFunc(String s, Object f, boolean truth) {
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            if (test(f, Str.rune(rw)) == truth) {
                return i;
            }
            i += Str.width(rw);
        }
        return -1;
    }

    private static int lastIndexFunc(String s, Object f, boolean truth) {
        for (int end = s.length(); end > 0; ) {
            long rw = Utf8.decodeLast(s, end);
            end -= Str.width(rw);
            if (test(f, Str.rune(rw)) == truth) {
                return end;
            }
        }
        return -1;
    }

    // ---- splitting and joining ----

    /** @return s split around runs of Unicode white space (an empty slice for none) */
    public static SliceL Fields(String s) {
        return fields(s, null);
    }

    /** @return s split around runs of runes satisfying f */
    public static SliceL FieldsFunc(String s, Object f) {
        return fields(s, f);
    }

    /** Fields (f null: white space) or FieldsFunc. */
    private static SliceL fields(String s, Object f) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            int r = Str.rune(rw);
            boolean sep = f == null ? go4j.std.unicode.Pkg.IsSpace(r) : test(f, r);
            if (sep && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
            i += Str.width(rw);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return SliceL.of(out.toArray());
    }

    /** @return the elements joined with sep between them */
    public static String Join(SliceL elems, String sep) {
        int n = elems == null ? 0 : elems.len;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) elems.array[elems.offset + i]);
        }
        return sb.toString();
    }

    /** @return s split around each sep; into its UTF-8 sequences for an empty sep */
    public static SliceL Split(String s, String sep) {
        return split(s, sep, 0, -1);
    }

    /** @return s split after each sep */
    public static SliceL SplitAfter(String s, String sep) {
        return split(s, sep, sep.length(), -1);
    }

    /** @return at most n pieces of s split after each sep (nil for n == 0, all for n &lt; 0) */
    public static SliceL SplitAfterN(String s, String sep, long n) {
        return split(s, sep, sep.length(), n);
    }

    /** @return at most n pieces of s split around each sep (nil for n == 0, all for n &lt; 0) */
    public static SliceL SplitN(String s, String sep, long n) {
        return split(s, sep, 0, n);
    }

    /**
     * Go's split: pieces keep {@code keep} bytes of each separator; the last piece is the rest
     * of s, unsplit.
     */
    private static SliceL split(String s, String sep, int keep, long n) {
        if (n == 0) {
            return null;
        }
        if (sep.isEmpty()) {
            return explode(s, n);
        }
        if (n < 0) {
            n = Count(s, sep) + 1;
        }
        n = Math.min(n, s.length() + 1L);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (out.size() < n - 1) {
            int m = s.indexOf(sep, from);
            if (m < 0) {
                break;
            }
            out.add(s.substring(from, m + keep));
            from = m + sep.length();
        }
        out.add(s.substring(from));
        return SliceL.of(out.toArray());
    }

    /** s as at most n UTF-8 sequences (an invalid byte as "\uFFFD"), the last one the rest. */
    private static SliceL explode(String s, long n) {
        int runes = Str.runeCount(s);
        if (n < 0 || n > runes) {
            n = runes;
        }
        Object[] out = new Object[(int) n];
        int i = 0;
        for (int k = 0; k < n - 1; k++) {
            long rw = Str.decodeRune(s, i);
            int w = Str.width(rw);
            out[k] = Str.rune(rw) == Str.RUNE_ERROR ? Str.fromRune(Str.RUNE_ERROR) : s.substring(i, i + w);
            i += w;
        }
        if (n > 0) {
            out[(int) n - 1] = s.substring(i);
        }
        return SliceL.of(out);
    }

    // ---- building new strings ----

    /** @return s with each rune mapped by mapping, dropping those it maps to a negative value */
    public static String Map(Object mapping, String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            int r = ((F$I$I) mapping).call(Str.rune(rw));
            if (r >= 0) {
                Str.appendRune(sb, r);
            }
            i += Str.width(rw);
        }
        return sb.toString();
    }

    /**
     * @return count copies of s
     * @throws GoPanic {@code strings: negative Repeat count}, or {@code strings: Repeat count
     *     causes overflow} when the result could not exist
     */
    public static String Repeat(String s, long count) {
        if (count < 0) {
            throw new GoPanic("strings: negative Repeat count");
        }
        if (count > 0 && (long) s.length() * count / count != s.length()) {
            throw new GoPanic("strings: Repeat count causes overflow");
        }
        if ((long) s.length() * count > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("strings.Repeat: " + s.length() * count + " bytes");
        }
        return s.repeat((int) count);
    }

    /**
     * @return s with the first n (all for n &lt; 0) non-overlapping old replaced by new; an
     *     empty old matches before each rune and at the end
     */
    public static String Replace(String s, String old, String replacement, long n) {
        if (old.equals(replacement) || n == 0) {
            return s;
        }
        long m = Count(s, old);
        if (m == 0) {
            return s;
        }
        if (n < 0 || m < n) {
            n = m;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int start = 0;
        for (long i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += Str.width(Str.decodeRune(s, start));
                }
            } else {
                j = s.indexOf(old, start);
            }
            sb.append(s, start, j).append(replacement);
            start = j + old.length();
        }
        return sb.append(s, start, s.length()).toString();
    }

    /** @return s with every old replaced by new */
    public static String ReplaceAll(String s, String old, String replacement) {
        return Replace(s, old, replacement, -1);
    }

    /**
     * @return s with the first letter of each word in title case; a word starts after a
     *     separator: white space, or an ASCII character that is no letter, digit or underscore
     */
    public static String Title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            int r = Str.rune(rw);
            Str.appendRune(sb, isSeparator(prev) ? Character.toTitleCase(r) : r);
            prev = r;
            i += Str.width(rw);
        }
        return sb.toString();
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_');
        }
        if (Character.isLetterOrDigit(r)) {
            return false;
        }
        return go4j.std.unicode.Pkg.IsSpace(r);
    }

    /** @return s with every letter lower case */
    public static String ToLower(String s) {
        return mapCase(s, 'a' - 'A', 'A', 'Z', Character::toLowerCase);
    }

    /** @return s with every letter in title case */
    public static String ToTitle(String s) {
        return mapCase(s, 'A' - 'a', 'a', 'z', Character::toTitleCase);
    }

    /** @return s with every letter upper case */
    public static String ToUpper(String s) {
        return mapCase(s, 'A' - 'a', 'a', 'z', Character::toUpperCase);
    }

    /**
     * A case mapping: ASCII-only strings byte by byte (bytes from..to shift by delta), others
     * rune by rune, as Go's Map does, so an invalid byte becomes U+FFFD.
     */
    private static String mapCase(String s, int delta, char from, char to, java.util.function.IntUnaryOperator f) {
        boolean ascii = true;
        boolean change = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            ascii &= c < 0x80;
            change |= c >= from && c <= to;
        }
        if (ascii) {
            if (!change) {
                return s;
            }
            char[] cs = s.toCharArray();
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] >= from && cs[i] <= to) {
                    cs[i] += delta;
                }
            }
            return new String(cs);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            Str.appendRune(sb, f.applyAsInt(Str.rune(rw)));
            i += Str.width(rw);
        }
        return sb.toString();
    }

    // ---- trimming ----

    /** @return s without leading and trailing runes that are in cutset */
    public static String Trim(String s, String cutset) {
        return TrimRight(TrimLeft(s, cutset), cutset);
    }

    /** @return s without leading and trailing runes satisfying f */
    public static String TrimFunc(String s, Object f) {
        return TrimRightFunc(TrimLeftFunc(s, f), f);
    }

    /** @return s without leading runes that are in cutset */
    public static String TrimLeft(String s, String cutset) {
        int i = 0;
        while (i < s.length()) {
            long rw = Str.decodeRune(s, i);
            if (!hasRune(cutset, Str.rune(rw))) {
                break;
            }
            i += Str.width(rw);
        }
        return s.substring(i);
    }

    /** @return s without leading runes satisfying f */
    public static String TrimLeftFunc(String s, Object f) {
        int i = indexFunc(s, f, false);
        return i < 0 ? "" : s.substring(i);
    }

    /** @return s without the prefix, if it has it */
    public static String TrimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** @return s without trailing runes that are in cutset */
    public static String TrimRight(String s, String cutset) {
        int end = s.length();
        while (end > 0) {
            long rw = Utf8.decodeLast(s, end);
            if (!hasRune(cutset, Str.rune(rw))) {
                break;
            }
            end -= Str.width(rw);
        }
        return s.substring(0, end);
    }

    /** @return s without trailing runes satisfying f */
    public static String TrimRightFunc(String s, Object f) {
        int i = lastIndexFunc(s, f, false);
        if (i < 0) {
            return "";
        }
        return s.substring(0, i + Str.width(Str.decodeRune(s, i)));
    }

    /** @return s without leading and trailing Unicode white space */
    public static String TrimSpace(String s) {
        int i = 0;
        while (i < s.length()) {
            long rw = Str.decodeRune(s, i);
            if (!go4j.std.unicode.Pkg.IsSpace(Str.rune(rw))) {
                break;
            }
            i += Str.width(rw);
        }
        int end = s.length();
        while (end > i) {
            long rw = Utf8.decodeLast(s, end);
            if (!go4j.std.unicode.Pkg.IsSpace(Str.rune(rw))) {
                break;
            }
            end -= Str.width(rw);
        }
        return s.substring(i, end);
    }

    /** @return s without the suffix, if it has it */
    public static String TrimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    // ---- Replacer ----

    /**
     * @param oldnew old, new pairs
     * @return a Replacer of them
     * @throws GoPanic {@code strings.NewReplacer: odd argument count}
     */
    public static Replacer NewReplacer(SliceL oldnew) {
        Object[] a = SliceL.toArray(oldnew);
        if (a.length % 2 == 1) {
            throw new GoPanic("strings.NewReplacer: odd argument count");
        }
        String[] pairs = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            pairs[i] = (String) a[i];
        }
        return new Replacer(pairs);
    }

    /**
     * Go's {@code strings.NewReader}.
     *
     * @param s the string to read, a Go string
     * @return a Reader at its start
     */
    public static Reader NewReader(String s) {
        return new Reader(s);
    }
}
