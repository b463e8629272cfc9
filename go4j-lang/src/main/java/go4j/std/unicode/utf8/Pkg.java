package go4j.std.unicode.utf8;

import go4j.lang.RuntimeError;
import go4j.lang.SliceB;
import go4j.lang.Str;

/**
 * Go's {@code unicode/utf8} package (stub {@code go4j/std/unicode/utf8/utf8.go}) over go4j's
 * strings (one char per byte) and {@code []byte} ({@link SliceB}, whose bytes are read as
 * such a string). Runes are {@code int}s, sizes and counts Go {@code int}s ({@code long});
 * {@code (rune, size)} results are {@code Object[] {Integer, Long}}.
 *
 * <pre>{@code
 * Object[] rs = Pkg.DecodeRuneInString(Str.fromJava("€"));  // {0x20AC, 3L}
 * Pkg.RuneLen('€');                                         // 3
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    private static String str(SliceB p) {
        return SliceB.toGoString(p);
    }

    private static Object[] pair(long rw) {
        return new Object[] {Str.rune(rw), (long) Str.width(rw)};
    }

    /** @return p with r's UTF-8 encoding appended */
    public static SliceB AppendRune(SliceB p, int r) {
        return SliceB.appendString(p, Str.fromRune(r));
    }

    /** @return {rune, size} of p's last rune: (RuneError, 1) if invalid, (RuneError, 0) if empty */
    public static Object[] DecodeLastRune(SliceB p) {
        String s = str(p);
        return pair(Utf8.decodeLast(s, s.length()));
    }

    /** @return {rune, size} of s's last rune */
    public static Object[] DecodeLastRuneInString(String s) {
        return pair(Utf8.decodeLast(s, s.length()));
    }

    /** @return {rune, size} of p's first rune: (RuneError, 1) if invalid, (RuneError, 0) if empty */
    public static Object[] DecodeRune(SliceB p) {
        return pair(Str.decodeRune(str(p), 0));
    }

    /** @return {rune, size} of s's first rune */
    public static Object[] DecodeRuneInString(String s) {
        return pair(Str.decodeRune(s, 0));
    }

    /**
     * Writes r's UTF-8 encoding (RuneError's for an invalid rune) at the start of p.
     *
     * @return the number of bytes written
     * @throws go4j.lang.GoPanic Go's index out of range when p is too short
     */
    public static long EncodeRune(SliceB p, int r) {
        String e = Str.fromRune(r);
        long len = p == null ? 0 : p.len;
        if (len < e.length()) {
            throw RuntimeError.index(e.length() - 1, len);
        }
        for (int i = 0; i < e.length(); i++) {
            p.array[p.offset + i] = (byte) e.charAt(i);
        }
        return e.length();
    }

    /** @return whether p begins with a full encoding of a rune (an invalid one counts as full) */
    public static boolean FullRune(SliceB p) {
        return FullRuneInString(str(p));
    }

    /** @return whether s begins with a full encoding of a rune (an invalid one counts as full) */
    public static boolean FullRuneInString(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.charAt(0);
        int need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c <= 0xF4 ? 4 : 1;
        if (s.length() >= need) {
            return true;
        }
        // cut short: full only if its second byte already makes it invalid
        if (s.length() > 1) {
            int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            int c1 = s.charAt(1);
            return c1 < lo || c1 > hi;
        }
        return false;
    }

    /** @return the number of runes in p, an invalid byte counting as one */
    public static long RuneCount(SliceB p) {
        return Str.runeCount(str(p));
    }

    /** @return the number of runes in s, an invalid byte counting as one */
    public static long RuneCountInString(String s) {
        return Str.runeCount(s);
    }

    /** @return the number of bytes of r's encoding, -1 if r is no valid rune */
    public static long RuneLen(int r) {
        if (!Utf8.validRune(r)) {
            return -1;
        }
        return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
    }

    /** @return whether b can start an encoding (is no continuation byte) */
    public static boolean RuneStart(int b) {
        return (b & 0xC0) != 0x80;
    }

    /** @return whether p is all valid UTF-8 */
    public static boolean Valid(SliceB p) {
        return ValidString(str(p));
    }

    /** @return whether r can be encoded: in range and no surrogate */
    public static boolean ValidRune(int r) {
        return Utf8.validRune(r);
    }

    /** @return whether s is all valid UTF-8 */
    public static boolean ValidString(String s) {
        for (int i = 0; i < s.length(); ) {
            long rw = Str.decodeRune(s, i);
            if (Str.rune(rw) == Str.RUNE_ERROR && Str.width(rw) == 1) {
                return false;
            }
            i += Str.width(rw);
        }
        return true;
    }
}
