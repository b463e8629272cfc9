package go4j.std.bufio;

import go4j.fn.F$LZ$A;
import go4j.lang.ErrorString;
import go4j.lang.SliceB;
import go4j.lang.Str;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code bufio} package (stub {@code go4j/std/bufio/bufio.go}): the constructors, the
 * errors and Scanner's split functions, with Go 1.19's behaviour. A split function is a
 * {@code bufio.SplitFunc}, a {@link F$LZ$A}: compiled code makes one of {@code ScanLines}
 * (a lambda over this class's static method) or of a Go function, and {@link Scanner} calls
 * it through the interface. Several results are an {@code Object[]}: a split function's
 * {@code {Long advance, SliceB token, Object err}}.
 *
 * <pre>{@code
 * Scanner s = Pkg.NewScanner(go4j.std.strings.Pkg.NewReader("a b\nc"));
 * while (s.Scan()) { s.Text(); }                       // "a b", "c"
 * Pkg.ScanWords(SliceB.fromString("  hi there"), false); // {5L, "hi", null}
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    // The variables are not final: a Go program may assign them, with putstatic.

    /** Go's {@code bufio.ErrTooLong}. */
    public static Object ErrTooLong = ErrorString.of("bufio.Scanner: token too long");
    /** Go's {@code bufio.ErrNegativeAdvance}. */
    public static Object ErrNegativeAdvance = ErrorString.of("bufio.Scanner: SplitFunc returns negative advance count");
    /** Go's {@code bufio.ErrAdvanceTooFar}. */
    public static Object ErrAdvanceTooFar = ErrorString.of("bufio.Scanner: SplitFunc returns advance count beyond input");
    /** Go's {@code bufio.ErrBadReadCount}. */
    public static Object ErrBadReadCount = ErrorString.of("bufio.Scanner: Read returned impossible count");
    /** Go's {@code bufio.ErrFinalToken}. */
    public static Object ErrFinalToken = ErrorString.of("final token");
    /** Go's {@code bufio.ErrInvalidUnreadByte}. */
    public static Object ErrInvalidUnreadByte = ErrorString.of("bufio: invalid use of UnreadByte");
    /** Go's {@code bufio.ErrInvalidUnreadRune}. */
    public static Object ErrInvalidUnreadRune = ErrorString.of("bufio: invalid use of UnreadRune");
    /** Go's {@code bufio.ErrBufferFull}. */
    public static Object ErrBufferFull = ErrorString.of("bufio: buffer full");
    /** Go's {@code bufio.ErrNegativeCount}. */
    public static Object ErrNegativeCount = ErrorString.of("bufio: negative count");

    /** Go's {@code bufio.MaxScanTokenSize}. */
    static final int MAX_SCAN_TOKEN_SIZE = 64 * 1024;
    /** Go's {@code defaultBufSize}. */
    static final int DEFAULT_BUF_SIZE = 4096;
    /** Go's {@code maxConsecutiveEmptyReads}. */
    static final int MAX_CONSECUTIVE_EMPTY_READS = 100;

    /** ScanLines as a func value: a Scanner's split function until Split changes it. */
    static final F$LZ$A SCAN_LINES = (data, atEOF) -> ScanLines((SliceB) data, atEOF);

    /** The bytes of U+FFFD, ScanRunes' token for an encoding error. */
    private static final byte[] ERROR_RUNE = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    // ---- constructors ----

    /** Go's {@code bufio.NewScanner}: splits r's bytes into lines. */
    public static Scanner NewScanner(Object r) {
        return new Scanner(r);
    }

    /** Go's {@code bufio.NewReader}: NewReaderSize(rd, 4096). */
    public static Reader NewReader(Object rd) {
        return NewReaderSize(rd, DEFAULT_BUF_SIZE);
    }

    /**
     * Go's {@code bufio.NewReaderSize}.
     *
     * @param rd   an {@code io.Reader}
     * @param size the buffer's size, 16 at least
     * @return rd itself when it is a Reader whose buffer is that large, else a new Reader
     */
    public static Reader NewReaderSize(Object rd, long size) {
        if (rd instanceof Reader b && b.size() >= size) {
            return b;
        }
        return new Reader(rd, (int) Math.max(size, 16));
    }

    /** Go's {@code bufio.NewWriter}: NewWriterSize(w, 4096). */
    public static Writer NewWriter(Object w) {
        return NewWriterSize(w, DEFAULT_BUF_SIZE);
    }

    /**
     * Go's {@code bufio.NewWriterSize}.
     *
     * @param w    an {@code io.Writer}
     * @param size the buffer's size; 4096 when &lt;= 0
     * @return w itself when it is a Writer whose buffer is that large, else a new Writer
     */
    public static Writer NewWriterSize(Object w, long size) {
        if (w instanceof Writer b && b.Size() >= size) {
            return b;
        }
        return new Writer(w, size <= 0 ? DEFAULT_BUF_SIZE : (int) size);
    }

    /** Go's {@code bufio.NewReadWriter}. */
    public static ReadWriter NewReadWriter(Reader r, Writer w) {
        ReadWriter rw = new ReadWriter();
        rw.Reader = r;
        rw.Writer = w;
        return rw;
    }

    // ---- split functions ----

    private static Object[] result(long advance, SliceB token) {
        return new Object[] {advance, token, null};
    }

    /**
     * Go's {@code bufio.ScanBytes}: each byte.
     *
     * @return {@code {Long advance, SliceB token, null}}
     */
    public static Object[] ScanBytes(SliceB data, boolean atEOF) {
        if (atEOF && SliceB.len(data) == 0) {
            return result(0, null);
        }
        return result(1, SliceB.slice(data, 0, 1));
    }

    /** The rune at data's start and its width, packed as {@link Str#decodeRune} packs them. */
    private static long decode(SliceB data) {
        int n = Math.min(4, data.len);
        return Str.decodeRune(new String(data.array, data.offset, n, StandardCharsets.ISO_8859_1), 0);
    }

    /**
     * Go's {@code bufio.ScanRunes}: each UTF-8 rune; an encoding error is one byte whose
     * token is U+FFFD's encoding; an incomplete rune waits for more data.
     *
     * @return {@code {Long advance, SliceB token, null}}
     */
    public static Object[] ScanRunes(SliceB data, boolean atEOF) {
        if (atEOF && SliceB.len(data) == 0) {
            return result(0, null);
        }
        if (SliceB.len(data) == 0) {
            throw go4j.lang.RuntimeError.index(0, 0);
        }
        if ((data.array[data.offset] & 0xFF) < 0x80) {
            return result(1, SliceB.slice(data, 0, 1));
        }
        int width = Str.width(decode(data));
        if (width > 1) {
            return result(width, SliceB.slice(data, 0, width));
        }
        if (!atEOF && !go4j.std.unicode.utf8.Pkg.FullRune(data)) {
            return result(0, null);
        }
        return result(1, SliceB.of(ERROR_RUNE.clone()));
    }

    private static SliceB dropCR(SliceB data) {
        int n = SliceB.len(data) > 0 ? data.len : 0;
        if (n > 0 && data.array[data.offset + n - 1] == '\r') {
            return SliceB.slice(data, 0, n - 1);
        }
        return data;
    }

    /**
     * Go's {@code bufio.ScanLines}: each line, without its {@code \n} and a {@code \r} before
     * it; the last line may have no newline.
     *
     * @return {@code {Long advance, SliceB token, null}}
     */
    public static Object[] ScanLines(SliceB data, boolean atEOF) {
        int n = (int) SliceB.len(data);
        if (atEOF && n == 0) {
            return result(0, null);
        }
        for (int i = 0; i < n; i++) {
            if (data.array[data.offset + i] == '\n') {
                return result(i + 1, dropCR(SliceB.slice(data, 0, i)));
            }
        }
        if (atEOF) {
            return result(n, dropCR(data));
        }
        return result(0, null);
    }

    /** Go's bufio {@code isSpace}: unicode.IsSpace, without the tables. */
    static boolean isSpace(int r) {
        if (r <= 0xFF) {
            return r == ' ' || r == '\t' || r == '\n' || r == 0x0B || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0;
        }
        if (0x2000 <= r && r <= 0x200a) {
            return true;
        }
        return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
    }

    /**
     * Go's {@code bufio.ScanWords}: each run of non-space runes, the spaces around it dropped.
     *
     * @return {@code {Long advance, SliceB token, null}}
     */
    public static Object[] ScanWords(SliceB data, boolean atEOF) {
        int n = (int) SliceB.len(data);
        int start = 0;
        while (start < n) {
            long p = decode(SliceB.slice(data, start, n));
            if (!isSpace(Str.rune(p))) {
                break;
            }
            start += Str.width(p);
        }
        for (int i = start; i < n;) {
            long p = decode(SliceB.slice(data, i, n));
            int w = Str.width(p);
            if (isSpace(Str.rune(p))) {
                return result(i + w, SliceB.slice(data, start, i));
            }
            i += w;
        }
        if (atEOF && n > start) {
            return result(n, SliceB.slice(data, start, n));
        }
        return result(start, null);
    }
}
