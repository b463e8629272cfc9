package go4j.std.bytes;

import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.lang.Stringer;
import go4j.lang.Writer;

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
public final class Buffer implements GoValue, Writer, Stringer {
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

    /** Appends the byte c. @return nil */
    public Object WriteByte(int c) {
        buf = SliceB.append(buf, (byte) c);
        return null;
    }

    /** @return {Long bytes written, nil}: r appended in UTF-8 */
    public Object[] WriteRune(int r) {
        return WriteString(Str.fromRune(r));
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

    @Override
    public RType goType() {
        return TYPE;
    }
}
