package go4j.std.bufio;

import go4j.fn.M$Flush$$L;
import go4j.fn.M$ReadByte$$A;
import go4j.fn.M$ReadFrom$L$A;
import go4j.fn.M$ReadRune$$A;
import go4j.fn.M$ReadString$I$A;
import go4j.fn.M$UnreadByte$$L;
import go4j.fn.M$UnreadRune$$L;
import go4j.fn.M$WriteByte$I$L;
import go4j.fn.M$WriteRune$I$A;
import go4j.fn.M$WriteString$L$A;
import go4j.fn.M$WriteTo$L$A;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;

import java.util.List;

/**
 * Go's {@code bufio.ReadWriter}, a standard struct type used through its pointer: its two
 * embedded fields, {@link #Reader} and {@link #Writer}, are public fields of those names,
 * which compiled code reads to call the promoted methods. As a Go value in an interface it
 * has those methods too (the ones not in both: Size, Reset and Buffered are ambiguous in Go),
 * so it is an {@code io.ReadWriter}, {@code io.ByteScanner} and the rest.
 */
public final class ReadWriter implements GoValue, go4j.lang.Reader, go4j.lang.Writer, M$ReadByte$$A, M$UnreadByte$$L,
        M$ReadRune$$A, M$UnreadRune$$L, M$ReadString$I$A, M$WriteTo$L$A, M$WriteString$L$A, M$WriteByte$I$L,
        M$WriteRune$I$A, M$ReadFrom$L$A, M$Flush$$L {
    /** {@code *bufio.ReadWriter}. */
    public static final RType TYPE = RType.pointer(RType.named("bufio", "ReadWriter").setUnderlying(RType.struct(List.of())));

    /** Go's embedded {@code *Reader}. */
    public Reader Reader;
    /** Go's embedded {@code *Writer}. */
    public Writer Writer;

    /** Go's zero ReadWriter: both nil. */
    public ReadWriter() {
    }

    /** @return a copy, as copying Go's struct does: the same two pointers */
    public ReadWriter $copy() {
        ReadWriter c = new ReadWriter();
        c.Reader = Reader;
        c.Writer = Writer;
        return c;
    }

    /** @param o the ReadWriter whose pointers this one takes */
    public void $set(ReadWriter o) {
        Reader = o.Reader;
        Writer = o.Writer;
    }

    private Reader r() {
        if (Reader == null) {
            throw go4j.lang.RuntimeError.nilDeref();
        }
        return Reader;
    }

    private Writer w() {
        if (Writer == null) {
            throw go4j.lang.RuntimeError.nilDeref();
        }
        return Writer;
    }

    @Override
    public Object[] Read(SliceB p) {
        return r().Read(p);
    }

    @Override
    public Object[] ReadByte() {
        return r().ReadByte();
    }

    @Override
    public Object UnreadByte() {
        return r().UnreadByte();
    }

    @Override
    public Object[] ReadRune() {
        return r().ReadRune();
    }

    @Override
    public Object UnreadRune() {
        return r().UnreadRune();
    }

    @Override
    public Object[] ReadString(int delim) {
        return r().ReadString(delim);
    }

    @Override
    public Object[] WriteTo(Object w) {
        return r().WriteTo(w);
    }

    @Override
    public Object[] Write(SliceB p) {
        return w().Write(p);
    }

    @Override
    public Object[] WriteString(Object s) {
        return w().WriteString((String) s);
    }

    @Override
    public Object WriteByte(int c) {
        return w().WriteByte(c);
    }

    @Override
    public Object[] WriteRune(int r) {
        return w().WriteRune(r);
    }

    @Override
    public Object[] ReadFrom(Object r) {
        return w().ReadFrom(r);
    }

    @Override
    public Object Flush() {
        return w().Flush();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
