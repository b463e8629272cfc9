package go4j.std.bufio;

import go4j.fn.M$ReadByte$$A;
import go4j.fn.M$ReadFrom$L$A;
import go4j.fn.M$ReadRune$$A;
import go4j.fn.M$ReadString$I$A;
import go4j.fn.M$UnreadByte$$L;
import go4j.fn.M$UnreadRune$$L;
import go4j.fn.M$WriteTo$L$A;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.std.io.Streams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code bufio.Reader}, a standard struct type (docs/compiler.md) used through its
 * pointer: buffers an {@code io.Reader} (called through its method interface), with Go 1.19's
 * algorithm, results and errors, so that what a program reads, and when it reads it, are Go's.
 * It implements the method interfaces of {@code io.Reader}, {@code io.ByteScanner},
 * {@code io.RuneScanner} and {@code io.WriterTo}, which compiled code and the standard
 * packages call it through. Slices it returns (Peek, ReadSlice, ReadLine) share its buffer,
 * as Go's do.
 *
 * <pre>{@code
 * Reader b = Pkg.NewReader(go4j.std.strings.Pkg.NewReader("one\ntwo"));
 * b.ReadString('\n');   // {"one\n", null}
 * b.ReadString('\n');   // {"two", io.EOF}
 * }</pre>
 */
public final class Reader implements GoValue, go4j.lang.Reader, M$ReadByte$$A, M$UnreadByte$$L, M$ReadRune$$A,
        M$UnreadRune$$L, M$WriteTo$L$A, M$ReadString$I$A {
    /** {@code *bufio.Reader}. */
    public static final RType TYPE = RType.pointer(RType.named("bufio", "Reader").setUnderlying(RType.struct(List.of())));

    private static final Object ERR_NEGATIVE_READ = go4j.lang.ErrorString.of("bufio: reader returned negative count from Read");
    static final Object ERR_NEGATIVE_WRITE = go4j.lang.ErrorString.of("bufio: writer returned negative count from Write");

    private SliceB buf;           // null in the zero Reader
    private Object rd;            // the io.Reader
    private int r;                // read position in buf
    private int w;                // write position in buf
    private Object err;
    private int lastByte = -1;    // for UnreadByte; -1: invalid
    private int lastRuneSize = -1; // for UnreadRune; -1: invalid

    /** Go's zero Reader (its reads panic, as Go's do, until Reset). */
    public Reader() {
        lastByte = 0;
        lastRuneSize = 0;
    }

    Reader(Object rd, int size) {
        reset(SliceB.make(size), rd);
    }

    private void reset(SliceB b, Object rd) {
        this.buf = b;
        this.rd = rd;
        this.r = 0;
        this.w = 0;
        this.err = null;
        this.lastByte = -1;
        this.lastRuneSize = -1;
    }

    int size() {
        return buf == null ? 0 : buf.len;
    }

    private byte at(int i) {
        return buf.array[buf.offset + i];
    }

    /** @return Go's {@code Size}: the buffer's size */
    public long Size() {
        return size();
    }

    /** Go's {@code Reset}: drops what is buffered and reads from rd, with the same buffer (4096 bytes in a zero Reader). */
    public void Reset(Object rd) {
        if (buf == null) {
            buf = SliceB.make(Pkg.DEFAULT_BUF_SIZE);
        }
        reset(buf, rd);
    }

    private static long count(Object[] res) {
        long n = Streams.n(res);
        if (n < 0) {
            throw new GoPanic(ERR_NEGATIVE_READ);
        }
        return n;
    }

    /** Reads a new chunk into the buffer, after moving what is unread to its start. */
    private void fill() {
        if (r > 0) {
            System.arraycopy(buf.array, buf.offset + r, buf.array, buf.offset, w - r);
            w -= r;
            r = 0;
        }
        if (w >= size()) {
            throw new GoPanic("bufio: tried to fill full buffer");
        }
        for (int i = Pkg.MAX_CONSECUTIVE_EMPTY_READS; i > 0; i--) {
            Object[] res = Streams.read(rd, SliceB.slice(buf, w, buf.len));
            int n = (int) count(res);
            w += n;
            if (res[1] != null) {
                err = res[1];
                return;
            }
            if (n > 0) {
                return;
            }
        }
        err = go4j.std.io.Pkg.ErrNoProgress;
    }

    private Object readErr() {
        Object e = err;
        err = null;
        return e;
    }

    /**
     * Go's {@code Peek}: the next n bytes without advancing, sharing the buffer.
     *
     * @return {@code {SliceB, err}}: ErrBufferFull when n is larger than the buffer, the
     *     read's error when fewer than n bytes came, ErrNegativeCount for n &lt; 0
     */
    public Object[] Peek(long n) {
        if (n < 0) {
            return new Object[] {null, Pkg.ErrNegativeCount};
        }
        lastByte = -1;
        lastRuneSize = -1;
        while (w - r < n && w - r < size() && err == null) {
            fill();
        }
        if (n > size()) {
            return new Object[] {SliceB.slice(buf, r, w), Pkg.ErrBufferFull};
        }
        Object e = null;
        int avail = w - r;
        if (avail < n) {
            n = avail;
            e = readErr();
            if (e == null) {
                e = Pkg.ErrBufferFull;
            }
        }
        return new Object[] {SliceB.slice(buf, r, r + n), e};
    }

    /**
     * Go's {@code Discard}: skips n bytes.
     *
     * @return {@code {Long discarded, err}}: fewer than n only with the read's error
     */
    public Object[] Discard(long n) {
        if (n < 0) {
            return new Object[] {0L, Pkg.ErrNegativeCount};
        }
        if (n == 0) {
            return new Object[] {0L, null};
        }
        lastByte = -1;
        lastRuneSize = -1;
        long remain = n;
        for (;;) {
            int skip = w - r;
            if (skip == 0) {
                fill();
                skip = w - r;
            }
            if (skip > remain) {
                skip = (int) remain;
            }
            r += skip;
            remain -= skip;
            if (remain == 0) {
                return new Object[] {n, null};
            }
            if (err != null) {
                return new Object[] {n - remain, readErr()};
            }
        }
    }

    /**
     * Go's {@code Read}: what is buffered, or one read of the underlying reader (straight
     * into p when p is at least as large as the buffer).
     *
     * @return {@code {Long n, err}}
     */
    @Override
    public Object[] Read(SliceB p) {
        int n = (int) SliceB.len(p);
        if (n == 0) {
            if (w - r > 0) {
                return new Object[] {0L, null};
            }
            return new Object[] {0L, readErr()};
        }
        if (r == w) {
            if (err != null) {
                return new Object[] {0L, readErr()};
            }
            if (n >= size()) {
                Object[] res = Streams.read(rd, p);
                int m = (int) count(res);
                err = res[1];
                if (m > 0) {
                    lastByte = p.array[p.offset + m - 1] & 0xFF;
                    lastRuneSize = -1;
                }
                return new Object[] {(long) m, readErr()};
            }
            r = 0;
            w = 0;
            Object[] res = Streams.read(rd, buf);
            int m = (int) count(res);
            err = res[1];
            if (m == 0) {
                return new Object[] {0L, readErr()};
            }
            w += m;
        }
        n = Math.min(n, w - r);
        System.arraycopy(buf.array, buf.offset + r, p.array, p.offset, n);
        r += n;
        lastByte = at(r - 1) & 0xFF;
        lastRuneSize = -1;
        return new Object[] {(long) n, null};
    }

    /** @return Go's {@code ReadByte}: {@code {Integer b, err}} */
    @Override
    public Object[] ReadByte() {
        lastRuneSize = -1;
        while (r == w) {
            if (err != null) {
                return new Object[] {0, readErr()};
            }
            fill();
        }
        int c = at(r) & 0xFF;
        r++;
        lastByte = c;
        return new Object[] {c, null};
    }

    /** @return Go's {@code UnreadByte}: null, or ErrInvalidUnreadByte when the last operation read no byte */
    @Override
    public Object UnreadByte() {
        if (lastByte < 0 || r == 0 && w > 0) {
            return Pkg.ErrInvalidUnreadByte;
        }
        if (r > 0) {
            r--;
        } else {
            w = 1; // the buffer is empty: the byte becomes its content
        }
        buf.array[buf.offset + r] = (byte) lastByte;
        lastByte = -1;
        lastRuneSize = -1;
        return null;
    }

    /**
     * Go's {@code ReadRune}: one UTF-8 rune; an encoding error is U+FFFD of size 1.
     *
     * @return {@code {Integer r, Long size, err}}
     */
    @Override
    public Object[] ReadRune() {
        while (r + 4 > w && !fullRune() && err == null && w - r < size()) {
            fill();
        }
        lastRuneSize = -1;
        if (r == w) {
            return new Object[] {0, 0L, readErr()};
        }
        int c = at(r) & 0xFF;
        int size = 1;
        if (c >= 0x80) {
            long p = Str.decodeRune(new String(buf.array, buf.offset + r, Math.min(4, w - r), StandardCharsets.ISO_8859_1), 0);
            c = Str.rune(p);
            size = Str.width(p);
        }
        r += size;
        lastByte = at(r - 1) & 0xFF;
        lastRuneSize = size;
        return new Object[] {c, (long) size, null};
    }

    private boolean fullRune() {
        return go4j.std.unicode.utf8.Pkg.FullRune(buf == null ? null : SliceB.slice(buf, r, w));
    }

    /** @return Go's {@code UnreadRune}: null, or ErrInvalidUnreadRune when the last operation was no ReadRune */
    @Override
    public Object UnreadRune() {
        if (lastRuneSize < 0 || r < lastRuneSize) {
            return Pkg.ErrInvalidUnreadRune;
        }
        r -= lastRuneSize;
        lastByte = -1;
        lastRuneSize = -1;
        return null;
    }

    /** @return Go's {@code Buffered}: the bytes that can be read from the buffer */
    public long Buffered() {
        return w - r;
    }

    /**
     * Go's {@code ReadSlice}: up to and including delim, sharing the buffer.
     *
     * @param delim the byte, 0-255
     * @return {@code {SliceB line, err}}: ErrBufferFull when the buffer fills first, the
     *     read's error (and what was buffered) when the input ends first
     */
    public Object[] ReadSlice(int delim) {
        int s = 0; // where to search from
        SliceB line;
        Object e = null;
        for (;;) {
            int i = indexByte(r + s, w, (byte) delim);
            if (i >= 0) {
                i += s;
                line = SliceB.slice(buf, r, r + i + 1);
                r += i + 1;
                break;
            }
            if (err != null) {
                line = buf == null ? null : SliceB.slice(buf, r, w);
                r = w;
                e = readErr();
                break;
            }
            if (w - r >= size()) {
                r = w;
                line = buf;
                e = Pkg.ErrBufferFull;
                break;
            }
            s = w - r;
            fill();
        }
        int last = (int) SliceB.len(line) - 1;
        if (last >= 0) {
            lastByte = line.array[line.offset + last] & 0xFF;
            lastRuneSize = -1;
        }
        return new Object[] {line, e};
    }

    /** @return the index of c in buf[from:to] relative to from, or -1 */
    private int indexByte(int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (at(i) == c) {
                return i - from;
            }
        }
        return -1;
    }

    /**
     * Go's {@code ReadLine}: a line without its end ({@code \n} or {@code \r\n}); isPrefix
     * when the line was longer than the buffer.
     *
     * @return {@code {SliceB line, Boolean isPrefix, err}}
     */
    public Object[] ReadLine() {
        Object[] rs = ReadSlice('\n');
        SliceB line = (SliceB) rs[0];
        Object e = rs[1];
        if (e == Pkg.ErrBufferFull) {
            if (SliceB.len(line) > 0 && line.array[line.offset + line.len - 1] == '\r') {
                if (r == 0) {
                    throw new GoPanic("bufio: tried to rewind past start of buffer");
                }
                r--;
                line = SliceB.slice(line, 0, line.len - 1);
            }
            return new Object[] {line, true, null};
        }
        if (SliceB.len(line) == 0) {
            if (e != null) {
                line = null;
            }
            return new Object[] {line, false, e};
        }
        int drop = 0;
        if (line.array[line.offset + line.len - 1] == '\n') {
            drop = 1;
            if (line.len > 1 && line.array[line.offset + line.len - 2] == '\r') {
                drop = 2;
            }
        }
        return new Object[] {SliceB.slice(line, 0, line.len - drop), false, null};
    }

    /** The full buffers and the final fragment up to delim, as Go's collectFragments. */
    private Object[] collect(int delim) {
        List<byte[]> full = new ArrayList<>();
        int total = 0;
        SliceB frag;
        Object e = null;
        for (;;) {
            Object[] rs = ReadSlice(delim);
            frag = (SliceB) rs[0];
            if (rs[1] == null) {
                break;
            }
            if (rs[1] != Pkg.ErrBufferFull) {
                e = rs[1];
                break;
            }
            byte[] copy = SliceB.toArray(frag);
            full.add(copy);
            total += copy.length;
        }
        byte[] all = new byte[total + (int) SliceB.len(frag)];
        int n = 0;
        for (byte[] b : full) {
            System.arraycopy(b, 0, all, n, b.length);
            n += b.length;
        }
        if (frag != null) {
            System.arraycopy(frag.array, frag.offset, all, n, frag.len);
        }
        return new Object[] {all, e};
    }

    /**
     * Go's {@code ReadBytes}: up to and including delim, in a new slice.
     *
     * @return {@code {SliceB, err}}: err non-nil exactly when the data does not end in delim
     */
    public Object[] ReadBytes(int delim) {
        Object[] c = collect(delim);
        byte[] all = (byte[]) c[0];
        return new Object[] {new SliceB(all, 0, all.length, all.length), c[1]};
    }

    /**
     * Go's {@code ReadString}: up to and including delim.
     *
     * @param delim the byte, 0-255
     * @return {@code {String, err}}: err non-nil exactly when the string does not end in delim
     */
    @Override
    public Object[] ReadString(int delim) {
        Object[] c = collect(delim);
        return new Object[] {new String((byte[]) c[0], StandardCharsets.ISO_8859_1), c[1]};
    }

    private long writeBuf(Object wr) {
        Object[] res = Streams.write(wr, SliceB.slice(buf, r, w));
        long n = Streams.n(res);
        if (n < 0) {
            throw new GoPanic(ERR_NEGATIVE_WRITE);
        }
        r += (int) n;
        pendingWriteErr = res[1];
        return n;
    }

    private Object pendingWriteErr;

    /**
     * Go's {@code WriteTo}: what is buffered, then the rest of the input (through the
     * reader's WriteTo or the writer's ReadFrom when they have one).
     *
     * @return {@code {Long n, err}}
     */
    @Override
    public Object[] WriteTo(Object wr) {
        lastByte = -1;
        lastRuneSize = -1;
        long n = writeBuf(wr);
        if (pendingWriteErr != null) {
            return new Object[] {n, pendingWriteErr};
        }
        if (rd instanceof M$WriteTo$L$A wt) {
            Object[] res = wt.WriteTo(wr);
            return new Object[] {n + Streams.n(res), res[1]};
        }
        if (wr instanceof M$ReadFrom$L$A rf) {
            Object[] res = rf.ReadFrom(rd);
            return new Object[] {n + Streams.n(res), res[1]};
        }
        if (w - r < size()) {
            fill();
        }
        while (r < w) {
            n += writeBuf(wr);
            if (pendingWriteErr != null) {
                return new Object[] {n, pendingWriteErr};
            }
            fill();
        }
        if (err == go4j.std.io.Pkg.EOF) {
            err = null;
        }
        return new Object[] {n, readErr()};
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
