package go4j.std.bytes;

import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.lang.Stringer;
import go4j.lang.Writer;
import go4j.fn.M$ReadFrom$L$A;
import go4j.fn.M$WriteByte$I$L;
import go4j.fn.M$WriteRune$I$A;
import go4j.fn.M$WriteString$L$A;
import go4j.fn.M$WriteTo$L$A;
import go4j.std.io.Streams;

import java.util.List;

/**
 * Go's {@code bytes.Buffer}, a standard struct type (docs/compiler.md) used through its
 * pointer: bytes appended at the end, the unread part from {@code off} on. It is an
 * {@code io.Writer} ({@link Writer}, so {@code fmt.Fprintf(&buf, ...)} writes into it) and a
 * {@code fmt.Stringer}, as Go's {@code *Buffer} is.
 *
 * <pre>{@code
 * Buffer b = new Buffer();
 * b.WriteString("go");
 * b.WriteByte('4');
 * b.String(); // "go4"
 * }</pre>
 */
public final class Buffer implements GoValue, Writer, go4j.lang.Reader, Stringer, M$WriteTo$L$A, M$ReadFrom$L$A,
        M$WriteString$L$A, M$WriteByte$I$L, M$WriteRune$I$A {
    /** {@code *bytes.Buffer}. */
    public static final RType TYPE = RType.pointer(RType.named("bytes", "Buffer").setUnderlying(RType.struct(List.of())));

    /** The contents; the unread part is buf[off:]. */
    private SliceB buf;
    private int off;

    /** Go's zero Buffer, empty. */
    public Buffer() {
    }

    Buffer(SliceB buf) {
        this.buf = buf;
    }

    /** @return a Buffer sharing this one's bytes, as copying Go's struct does */
    public Buffer $copy() {
        Buffer c = new Buffer();
        c.$set(this);
        return c;
    }

    /** @param other the Buffer whose bytes and read offset this one takes */
    public void $set(Buffer other) {
        buf = other.buf;
        off = other.off;
    }

    /** @return {Long len(p), nil}: p appended */
    @Override
    public Object[] Write(SliceB p) {
        buf = SliceB.appendSlice(buf, p);
        return new Object[] {Slice.len(p), null};
    }

    /** @return {Long len(s), nil}: s appended */
    public Object[] WriteString(String s) {
        buf = SliceB.appendString(buf, s);
        return new Object[] {(long) s.length(), null};
    }

    /** Go's WriteString through {@code io.StringWriter}. */
    @Override
    public Object[] WriteString(Object s) {
        return WriteString((String) s);
    }

    /** Appends the byte c. @return nil */
    public Object WriteByte(int c) {
        buf = SliceB.append(buf, (byte) c);
        return null;
    }

    /** @return {Long bytes written, nil}: r appended in UTF-8 */
    public Object[] WriteRune(int r) {
        return WriteString(Str.fromRune(r));
    }

    /**
     * {@code b.String()} on any *Buffer: Go's method gives {@code <nil>} for nil.
     *
     * @param b the buffer, or null
     * @return its unread bytes as a string
     */
    public static String String(Buffer b) {
        return b == null ? "<nil>" : b.String();
    }

    /** @return the unread bytes as a string */
    @Override
    public String String() {
        return SliceB.toGoString(Bytes());
    }

    /** @return the unread bytes, sharing the buffer's array as in Go */
    public SliceB Bytes() {
        return buf == null ? null : SliceB.slice(buf, off, buf.len);
    }

    /** @return the number of unread bytes */
    public long Len() {
        return buf == null ? 0 : buf.len - off;
    }

    /** Empties the buffer, keeping its storage. */
    public void Reset() {
        if (buf != null) {
            buf = SliceB.slice(buf, 0, 0);
        }
        off = 0;
    }

    /**
     * Keeps the first n unread bytes.
     *
     * @throws GoPanic for n out of [0, Len()], with Go's text
     */
    public void Truncate(long n) {
        if (n == 0) {
            Reset();
            return;
        }
        if (n < 0 || n > Len()) {
            throw new GoPanic("bytes.Buffer: truncation out of range");
        }
        buf = SliceB.slice(buf, 0, off + n);
    }

    private boolean empty() {
        return buf == null || buf.len <= off;
    }

    /** Go's {@code Read}: the next unread bytes; io.EOF when empty (and len(p) > 0). */
    @Override
    public Object[] Read(SliceB p) {
        if (empty()) {
            Reset();
            return new Object[] {0L, Slice.len(p) == 0 ? null : go4j.std.io.Pkg.EOF};
        }
        long n = SliceB.copy(p, SliceB.slice(buf, off, buf.len));
        off += (int) n;
        return new Object[] {n, null};
    }

    /** Go's {@code ReadByte}: {@code {Integer b, err}}. */
    public Object[] ReadByte() {
        if (empty()) {
            Reset();
            return new Object[] {0, go4j.std.io.Pkg.EOF};
        }
        int c = buf.array[buf.offset + off] & 0xFF;
        off++;
        return new Object[] {c, null};
    }

    /** Go's {@code ReadString}: up to and including delim; io.EOF if delim is not found. */
    public Object[] ReadString(int delim) {
        int end = buf == null ? 0 : buf.len;
        Object err = go4j.std.io.Pkg.EOF;
        for (int i = off; i < end; i++) {
            if ((buf.array[buf.offset + i] & 0xFF) == (delim & 0xFF)) {
                end = i + 1;
                err = null;
                break;
            }
        }
        String line = buf == null ? "" : SliceB.toGoString(SliceB.slice(buf, off, end));
        off = end;
        return new Object[] {line, err};
    }

    /** Go's {@code Next}: the next n unread bytes (fewer if there are fewer), consumed. */
    public SliceB Next(long n) {
        long m = Len();
        if (n > m) {
            n = m;
        }
        if (buf == null) {
            return null;
        }
        SliceB data = SliceB.slice(buf, off, off + n);
        off += (int) n;
        return data;
    }

    /** Go's {@code WriteTo}: writes the unread bytes to w. */
    @Override
    public Object[] WriteTo(Object w) {
        long nBytes = Len();
        long n = 0;
        if (nBytes > 0) {
            Object[] res = Streams.write(w, SliceB.slice(buf, off, buf.len));
            long m = Streams.n(res);
            if (m > nBytes) {
                throw new GoPanic("bytes.Buffer.WriteTo: invalid Write count");
            }
            off += (int) m;
            n = m;
            if (res[1] != null) {
                return new Object[] {n, res[1]};
            }
            if (m != nBytes) {
                return new Object[] {n, go4j.std.io.Pkg.ErrShortWrite};
            }
        }
        Reset();
        return new Object[] {n, null};
    }

    /** Go's {@code ReadFrom}: appends what r reads until EOF, 512 bytes of room at a time. */
    @Override
    public Object[] ReadFrom(Object r) {
        long n = 0;
        for (;;) {
            int len = buf == null ? 0 : buf.len;
            int cap = buf == null ? 0 : buf.cap;
            if (cap - len < 512) {
                SliceB grown = SliceB.make(len, Math.max(2L * cap, len + 512L));
                if (buf != null) {
                    SliceB.copy(grown, buf);
                }
                buf = grown;
            }
            Object[] res = Streams.read(r, SliceB.slice(buf, len, buf.cap));
            long m = Streams.n(res);
            if (m < 0) {
                throw new GoPanic("bytes.Buffer: reader returned negative count from Read");
            }
            buf = SliceB.slice(buf, 0, len + m);
            n += m;
            if (res[1] == go4j.std.io.Pkg.EOF) {
                return new Object[] {n, null};
            }
            if (res[1] != null) {
                return new Object[] {n, res[1]};
            }
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
