package go4j.lang;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Go strings over their JVM representation (compiler.md, "Values"): a {@code java.lang.String}
 * of one char per byte, each char in [0, 255], the UTF-8 bytes read as Latin-1. Java's
 * {@code length()}, {@code charAt}, {@code +}, {@code equals} and {@code compareTo} are Go's
 * {@code len}, {@code s[i]}, {@code +}, {@code ==} and {@code <} on that representation; this
 * class holds the rest, with Go's panics.
 *
 * <p>Invariant: every String that goes in or out of these methods as a Go string has chars in
 * [0, 255] only; {@link #fromJava} and {@link #toJava} are the only crossings from and to Java's
 * UTF-16 text.
 *
 * <pre>{@code
 * String s = Str.fromJava("héllo");  // 6 bytes: h, 0xC3, 0xA9, l, l, o
 * long rw = Str.decodeRune(s, 1);    // 'é' (0xE9), width 2
 * int r = Str.rune(rw), w = Str.width(rw);
 * Str.print(System.out, s);          // writes the 6 bytes
 * }</pre>
 */
public final class Str {
    private Str() {
    }

    /** Go's {@code utf8.RuneError}, U+FFFD. */
    public static final int RUNE_ERROR = 0xFFFD;

    // ---- crossing to and from Java ----

    /**
     * A Java string as a Go string: its UTF-8 encoding, a char per byte.
     *
     * @param s Java (UTF-16) text; unpaired surrogates become {@code ?}
     * @return the Go string
     */
    public static String fromJava(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * A Go string as Java text, decoding its UTF-8 (invalid bytes become U+FFFD).
     *
     * @param s a Go string
     * @return the Java string
     */
    public static String toJava(String s) {
        return new String(bytes(s), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a Go string.
     *
     * @param s a Go string
     * @return a new array of its bytes
     */
    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes a Go string's bytes as they are (no charset) and flushes, as Go writes to a file
     * descriptor.
     *
     * @param out the stream, such as {@code System.out}
     * @param s   a Go string
     */
    public static void print(PrintStream out, String s) {
        out.write(bytes(s), 0, s.length());
        out.flush();
    }

    // ---- indexing and slicing ----

    /**
     * Go's {@code s[i]}.
     *
     * @param s a Go string
     * @param i the index
     * @return the byte, in [0, 255]
     * @throws GoPanic {@code index out of range [i] with length n}
     */
    public static int index(String s, long i) {
        if (Long.compareUnsigned(i, s.length()) >= 0) {
            throw RuntimeError.index(i, s.length());
        }
        return s.charAt((int) i);
    }

    /**
     * Go's {@code s[lo:hi]}.
     *
     * @param s  a Go string
     * @param lo the low bound
     * @param hi the high bound
     * @return the substring
     * @throws GoPanic {@code slice bounds out of range [:hi] with length n}, {@code [lo:hi]}
     */
    public static String slice(String s, long lo, long hi) {
        Slice.checkSlice(lo, hi, s.length(), false);
        return s.substring((int) lo, (int) hi);
    }

    // ---- runes ----

    /**
     * Go's {@code utf8.DecodeRuneInString(s[i:])}, what {@code for range s} steps with: the
     * rune at byte {@code i} and its width, packed as {@code (long) width << 32 | rune}.
     * An invalid encoding (a stray byte, an overlong form, a surrogate, past U+10FFFF, a
     * truncated sequence) is {@code U+FFFD} of width 1; {@code i} at the end is width 0.
     *
     * @param s a Go string
     * @param i a byte index in [0, len(s)]
     * @return the packed rune and width; read them with {@link #rune} and {@link #width}
     */
    public static long decodeRune(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return RUNE_ERROR;
        }
        int c0 = s.charAt(i);
        if (c0 < 0x80) {
            return 1L << 32 | c0;
        }
        int need;
        int r;
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 < 0xC2 || c0 > 0xF4) {
            return 1L << 32 | RUNE_ERROR; // a continuation byte, an overlong lead, or past U+10FFFF
        } else if (c0 < 0xE0) {
            need = 1;
            r = c0 & 0x1F;
        } else if (c0 < 0xF0) {
            need = 2;
            r = c0 & 0x0F;
            if (c0 == 0xE0) {
                lo = 0xA0; // overlong below
            } else if (c0 == 0xED) {
                hi = 0x9F; // surrogates above
            }
        } else {
            need = 3;
            r = c0 & 0x07;
            if (c0 == 0xF0) {
                lo = 0x90; // overlong below
            } else if (c0 == 0xF4) {
                hi = 0x8F; // past U+10FFFF above
            }
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                return 1L << 32 | RUNE_ERROR;
            }
            int c = s.charAt(i + k);
            if (c < lo || c > hi) {
                return 1L << 32 | RUNE_ERROR;
            }
            lo = 0x80; // only the second byte has the narrower ranges
            hi = 0xBF;
            r = r << 6 | (c & 0x3F);
        }
        return (long) (need + 1) << 32 | r;
    }

    /**
     * Reads a packed rune.
     *
     * @param packed a {@link #decodeRune} result
     * @return its rune
     */
    public static int rune(long packed) {
        return (int) packed;
    }

    /**
     * Reads a packed rune.
     *
     * @param packed a {@link #decodeRune} result
     * @return its width in bytes
     */
    public static int width(long packed) {
        return (int) (packed >>> 32);
    }

    /**
     * Go's {@code string(r)} for an integer {@code r}: its UTF-8 encoding, {@code "\uFFFD"}
     * encoded for a negative value, a surrogate or a value past U+10FFFF.
     *
     * @param r the rune (any integer value)
     * @return the Go string
     */
    public static String fromRune(long r) {
        StringBuilder sb = new StringBuilder(4);
        appendRune(sb, r);
        return sb.toString();
    }

    /**
     * Appends {@code r}'s UTF-8 bytes as chars, as {@link #fromRune} encodes them.
     *
     * @param sb the buffer of a Go string
     * @param r  the rune
     */
    public static void appendRune(StringBuilder sb, long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = RUNE_ERROR;
        }
        int c = (int) r;
        if (c < 0x80) {
            sb.append((char) c);
        } else if (c < 0x800) {
            sb.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            sb.append((char) (0xE0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3F))
                    .append((char) (0x80 | c & 0x3F));
        } else {
            sb.append((char) (0xF0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
    }

    /**
     * Go's {@code utf8.RuneCountInString(s)}.
     *
     * @param s a Go string
     * @return the number of runes, each invalid byte counting as one
     */
    public static int runeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            int c = s.charAt(i);
            i += c < 0x80 ? 1 : width(decodeRune(s, i));
        }
        return n;
    }

    // ---- conversions ----

    /**
     * Go's {@code []byte(s)}.
     *
     * @param s a Go string
     * @return a new slice of its bytes
     */
    public static SliceB toBytes(String s) {
        return SliceB.fromString(s);
    }

    /**
     * Go's {@code string(b)}.
     *
     * @param b bytes, null for nil
     * @return a Go string of a copy of them
     */
    public static String fromBytes(SliceB b) {
        return SliceB.toGoString(b);
    }

    /**
     * Go's {@code []rune(s)}.
     *
     * @param s a Go string
     * @return a new slice of its runes (U+FFFD for each invalid byte)
     */
    public static SliceI toRunes(String s) {
        int[] runes = new int[runeCount(s)];
        for (int i = 0, k = 0; i < s.length(); k++) {
            long rw = decodeRune(s, i);
            runes[k] = rune(rw);
            i += width(rw);
        }
        return SliceI.of(runes);
    }

    /**
     * Go's {@code string(runes)}.
     *
     * @param runes the runes, null for nil
     * @return their UTF-8 encoding (U+FFFD for invalid ones)
     */
    public static String fromRunes(SliceI runes) {
        int n = (int) Slice.len(runes);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            appendRune(sb, runes.array[runes.offset + i]);
        }
        return sb.toString();
    }

    /**
     * Go's {@code strings.Compare(a, b)}: byte order, as Latin-1 char order is.
     *
     * @param a a Go string
     * @param b a Go string
     * @return -1, 0 or +1
     */
    public static int compare(String a, String b) {
        return Integer.signum(a.compareTo(b));
    }
}
