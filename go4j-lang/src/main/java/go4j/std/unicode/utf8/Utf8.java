package go4j.std.unicode.utf8;

import go4j.lang.Str;

/**
 * The UTF-8 steps go4j-lang's standard packages share, over Go strings (one char per byte)
 * and with {@link Str#decodeRune}'s packing ({@code width << 32 | rune}): decoding backwards,
 * and which values are runes.
 *
 * <pre>{@code
 * long rw = Utf8.decodeLast(s, s.length());
 * int r = Str.rune(rw), w = Str.width(rw);
 * }</pre>
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Decodes the rune ending at byte {@code end}, as Go's DecodeLastRuneInString(s[:end]).
     *
     * @param s   a Go string
     * @param end where the rune ends, in [0, len(s)]
     * @return the packed rune and width: U+FFFD of width 1 for an invalid encoding, width 0 at 0
     */
    public static long decodeLast(String s, int end) {
        if (end <= 0) {
            return Str.RUNE_ERROR;
        }
        int c = s.charAt(end - 1);
        if (c < 0x80) {
            return 1L << 32 | c;
        }
        // the start is the nearest non-continuation byte, at most 4 bytes back
        int start = end - 1;
        int lim = Math.max(0, end - 4);
        while (start > lim && (s.charAt(start) & 0xC0) == 0x80) {
            start--;
        }
        long rw = Str.decodeRune(s, start);
        if (start + Str.width(rw) != end) {
            return 1L << 32 | Str.RUNE_ERROR;
        }
        return rw;
    }

    /**
     * @param r an int32
     * @return whether r is a Unicode scalar value: in [0, U+10FFFF] and no surrogate
     */
    public static boolean validRune(int r) {
        return r >= 0 && r < 0xD800 || r > 0xDFFF && r <= 0x10FFFF;
    }
}
