package go4j.std.strings;

import go4j.fn.M$Len$$J;
import go4j.fn.M$ReadAt$LJ$A;
import go4j.fn.M$ReadByte$$A;
import go4j.fn.M$ReadRune$$A;
import go4j.fn.M$Seek$JJ$A;
import go4j.fn.M$Size$$J;
import go4j.fn.M$UnreadByte$$L;
import go4j.fn.M$UnreadRune$$L;
import go4j.fn.M$WriteTo$L$A;
import go4j.lang.ErrorString;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Str;

import java.util.List;

/**
 * Go's {@code strings.Reader}, a standard struct type (docs/compiler.md) used through its
 * pointer: an {@code io.Reader} (and ReaderAt, ByteScanner, RuneScanner, Seeker, WriterTo)
 * over a Go string, with Go 1.19's results and error texts. {@code Read} serves compiled code
 * both ways: called on a {@code *strings.Reader} with a {@link SliceB}, and through
 * {@code io.Reader} ({@link go4j.lang.Reader}).
 *
 * <pre>{@code
 * Reader r = Pkg.NewReader("hello");
 * r.Read(SliceB.make(3));   // {3L, null}: "hel"
 * r.Len();                  // 2
 * }</pre>
 */
public final class Reader implements GoValue, go4j.lang.Reader, M$WriteTo$L$A, M$ReadAt$LJ$A, M$ReadByte$$A,
        M$UnreadByte$$L, M$ReadRune$$A, M$UnreadRune$$L, M$Seek$JJ$A, M$Size$$J, M$Len$$J {
    /** {@code *strings.Reader}. */
    public static final RType TYPE = RType.pointer(RType.named("strings", "Reader").setUnderlying(RType.struct(List.of())));

    private static final Object ERR_NEG_OFFSET = ErrorString.of("strings.Reader.ReadAt: negative offset");
    private static final Object ERR_UNREAD_BYTE = ErrorString.of("strings.Reader.UnreadByte: at beginning of string");
    private static final Object ERR_UNREAD_RUNE_START = ErrorString.of("strings.Reader.UnreadRune: at beginning of string");
    private static final Object ERR_UNREAD_RUNE_PREV = ErrorString.of("strings.Reader.UnreadRune: previous operation was not ReadRune");
    private static final Object ERR_WHENCE = ErrorString.of("strings.Reader.Seek: invalid whence");
    private static final Object ERR_NEG_POS = ErrorString.of("strings.Reader.Seek: negative position");

    private String s = "";
    private long i;           // current reading index
    private long prevRune = -1; // index of previous rune; or < 0

    /** Go's zero Reader: reads "". */
    public Reader() {
    }

    Reader(String s) {
        this.s = s;
    }

    /** @return a Reader at the same place in the same string, as copying Go's struct does */
    public Reader $copy() {
        Reader c = new Reader(s);
        c.i = i;
        c.prevRune = prevRune;
        return c;
    }

    /** @param o the Reader whose string and place this one takes */
    public void $set(Reader o) {
        s = o.s;
        i = o.i;
        prevRune = o.prevRune;
    }

    private static Object eof() {
        return go4j.std.io.Pkg.EOF;
    }

    /** @return the number of bytes of the unread portion of the string */
    public long Len() {
        return i >= s.length() ? 0 : s.length() - i;
    }

    /** @return the original length of the string */
    public long Size() {
        return s.length();
    }

    /** Go's {@code Read}: {@code {Long n, err}}, io.EOF at the end. */
    @Override
    public Object[] Read(SliceB b) {
        if (i >= s.length()) {
            return new Object[] {0L, eof()};
        }
        prevRune = -1;
        long n = SliceB.copyString(b, s.substring((int) i));
        i += n;
        return new Object[] {n, null};
    }

    /** Go's {@code ReadAt}: reads at off, without moving; io.EOF when fewer than len(b) bytes. */
    public Object[] ReadAt(SliceB b, long off) {
        if (off < 0) {
            return new Object[] {0L, ERR_NEG_OFFSET};
        }
        if (off >= s.length()) {
            return new Object[] {0L, eof()};
        }
        long n = SliceB.copyString(b, s.substring((int) off));
        return new Object[] {n, n < SliceB.len(b) ? eof() : null};
    }

    /** Go's ReadAt through {@code io.ReaderAt}. */
    @Override
    public Object[] ReadAt(Object b, long off) {
        return ReadAt((SliceB) b, off);
    }

    /** Go's {@code ReadByte}: {@code {Integer b, err}}. */
    public Object[] ReadByte() {
        prevRune = -1;
        if (i >= s.length()) {
            return new Object[] {0, eof()};
        }
        int c = s.charAt((int) i);
        i++;
        return new Object[] {c, null};
    }

    /** Go's {@code UnreadByte}. */
    public Object UnreadByte() {
        if (i <= 0) {
            return ERR_UNREAD_BYTE;
        }
        prevRune = -1;
        i--;
        return null;
    }

    /** Go's {@code ReadRune}: {@code {Integer rune, Long size, err}}. */
    public Object[] ReadRune() {
        if (i >= s.length()) {
            prevRune = -1;
            return new Object[] {0, 0L, eof()};
        }
        prevRune = i;
        char c = s.charAt((int) i);
        if (c < 0x80) {
            i++;
            return new Object[] {(int) c, 1L, null};
        }
        long packed = Str.decodeRune(s, (int) i);
        int w = Str.width(packed);
        i += w;
        return new Object[] {Str.rune(packed), (long) w, null};
    }

    /** Go's {@code UnreadRune}. */
    public Object UnreadRune() {
        if (i <= 0) {
            return ERR_UNREAD_RUNE_START;
        }
        if (prevRune < 0) {
            return ERR_UNREAD_RUNE_PREV;
        }
        i = prevRune;
        prevRune = -1;
        return null;
    }

    /** Go's {@code Seek}: {@code {Long abs, err}}. */
    public Object[] Seek(long offset, long whence) {
        prevRune = -1;
        long abs;
        switch ((int) whence) {
            case 0 -> abs = offset;
            case 1 -> abs = i + offset;
            case 2 -> abs = s.length() + offset;
            default -> {
                return new Object[] {0L, ERR_WHENCE};
            }
        }
        if (abs < 0) {
            return new Object[] {0L, ERR_NEG_POS};
        }
        i = abs;
        return new Object[] {abs, null};
    }

    /** Go's {@code WriteTo}: writes the rest with io.WriteString. */
    @Override
    public Object[] WriteTo(Object w) {
        prevRune = -1;
        if (i >= s.length()) {
            return new Object[] {0L, null};
        }
        String rest = s.substring((int) i);
        Object[] res = go4j.std.io.Pkg.WriteString(w, rest);
        long m = ((Number) res[0]).longValue();
        if (m > rest.length()) {
            throw new GoPanic("strings.Reader.WriteTo: invalid WriteString count");
        }
        i += m;
        Object err = res[1];
        if (m != rest.length() && err == null) {
            err = go4j.std.io.Pkg.ErrShortWrite;
        }
        return new Object[] {m, err};
    }

    /** Go's {@code Reset}: reads from s from the start. */
    public void Reset(String s) {
        this.s = s;
        i = 0;
        prevRune = -1;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
