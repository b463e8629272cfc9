package go4j.std.strings;

import go4j.fn.M$Write$L$A;
import go4j.fn.M$WriteByte$I$L;
import go4j.fn.M$WriteRune$I$A;
import go4j.fn.M$WriteString$L$A;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.lang.Stringer;
import go4j.lang.Writer;

import java.util.List;

/**
 * Go's {@code strings.Builder}, a standard struct type (docs/compiler.md): the object is the
 * Go value, and {@code *Builder} is the object itself, so methods are instance methods. Its
 * text is a Go string (one char per byte) growing in a StringBuilder. An {@code io.Writer},
 * for go4j-lang ({@link Writer}) and for compiled code ({@link M$Write$L$A}), so that
 * {@code fmt.Fprintf(&b, ...)} writes to it.
 *
 * <p>Go code uses a Builder through its pointer: in an interface it reads as
 * {@code *strings.Builder}, and {@code ==} on it is identity. A copy ({@link #$copy}) holds the
 * same text; Go would panic on writing to a copy of a non-empty Builder, go4j lets it grow
 * apart.
 *
 * <pre>{@code
 * Builder b = new Builder();
 * b.WriteString("go");
 * b.WriteByte('4');
 * b.String(); // "go4"
 * }</pre>
 */
public final class Builder implements GoValue, Stringer, Writer, M$Write$L$A, M$WriteString$L$A, M$WriteByte$I$L,
        M$WriteRune$I$A {
    /** {@code *strings.Builder}. */
    public static final RType TYPE = RType.pointer(RType.named("strings", "Builder")
            .setUnderlying(RType.struct(List.of())));

    private StringBuilder buf = new StringBuilder();

    /** An empty Builder, Go's zero value. */
    public Builder() {
    }

    /** @return a Builder with a copy of this one's text */
    public Builder $copy() {
        Builder b = new Builder();
        b.buf.append(buf);
        return b;
    }

    /** @param other the Builder whose text this one takes a copy of (Go's assignment) */
    public void $set(Builder other) {
        buf = new StringBuilder(other.buf);
    }

    /** @return the capacity the text can grow to without reallocating */
    public long Cap() {
        return buf.capacity();
    }

    /**
     * @param n how many more bytes to make room for
     * @throws GoPanic {@code strings.Builder.Grow: negative count}
     */
    public void Grow(long n) {
        if (n < 0) {
            throw new GoPanic("strings.Builder.Grow: negative count");
        }
        buf.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, buf.length() + n));
    }

    /** @return the number of bytes written */
    public long Len() {
        return buf.length();
    }

    /** Empties the Builder. */
    public void Reset() {
        buf = new StringBuilder();
    }

    /** @return the text written, a Go string */
    @Override
    public String String() {
        return buf.toString();
    }

    /**
     * @param p bytes to append
     * @return {Long len(p), nil error}
     */
    @Override
    public Object[] Write(SliceB p) {
        buf.append(SliceB.toGoString(p));
        return new Object[] {(long) (p == null ? 0 : p.len), null};
    }

    /** Write for calls through io.Writer in compiled code. */
    @Override
    public Object[] Write(Object p) {
        return Write((SliceB) p);
    }

    /**
     * @param c the byte to append
     * @return nil, as an {@code error} (Object: interface types are Objects on the JVM)
     */
    public Object WriteByte(int c) {
        buf.append((char) (c & 0xFF));
        return null;
    }

    /**
     * @param r the rune to append, UTF-8 encoded (U+FFFD for an invalid one)
     * @return {Long bytes written, nil error}
     */
    public Object[] WriteRune(int r) {
        int before = buf.length();
        Str.appendRune(buf, r);
        return new Object[] {(long) (buf.length() - before), null};
    }

    /**
     * @param s the Go string to append
     * @return {Long len(s), nil error}
     */
    public Object[] WriteString(String s) {
        buf.append(s);
        return new Object[] {(long) s.length(), null};
    }

    /** Go's WriteString through {@code io.StringWriter}. */
    @Override
    public Object[] WriteString(Object s) {
        return WriteString((String) s);
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return buf.toString();
    }
}
