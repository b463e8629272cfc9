package go4j.std.bufio;

import go4j.fn.M$Flush$$L;
import go4j.fn.M$ReadFrom$L$A;
import go4j.fn.M$WriteByte$I$L;
import go4j.fn.M$WriteRune$I$A;
import go4j.fn.M$WriteString$L$A;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.std.io.Streams;

import java.util.List;

/**
 * Go's {@code bufio.Writer}, a standard struct type (docs/compiler.md) used through its
 * pointer: buffers writes to an {@code io.Writer} (called through its method interface) until
 * the buffer is full or Flush is called, with Go 1.19's algorithm: nothing reaches
 * {@code os.Stdout} before then, and a program that does not flush loses what is buffered,
 * as in Go. After a write error, every call returns that error. It implements the method
 * interfaces of {@code io.Writer}, {@code io.StringWriter}, {@code io.ByteWriter},
 * {@code io.ReaderFrom}, {@code WriteRune} and {@code Flush}.
 *
 * <pre>{@code
 * Writer w = Pkg.NewWriter(go4j.std.os.Pkg.Stdout);
 * w.WriteString("hello\n");   // buffered
 * w.Flush();                  // printed now
 * }</pre>
 */
public final class Writer implements GoValue, go4j.lang.Writer, M$WriteString$L$A, M$WriteByte$I$L, M$WriteRune$I$A,
        M$ReadFrom$L$A, M$Flush$$L {
    /** {@code *bufio.Writer}. */
    public static final RType TYPE = RType.pointer(RType.named("bufio", "Writer").setUnderlying(RType.struct(List.of())));

    private Object err;
    private SliceB buf;   // null in the zero Writer
    private int n;        // bytes buffered
    private Object wr;    // the io.Writer

    /** Go's zero Writer: no buffer (each write goes straight through) and no writer. */
    public Writer() {
    }

    Writer(Object wr, int size) {
        this.buf = SliceB.make(size);
        this.wr = wr;
    }

    /** @return Go's {@code Size}: the buffer's size */
    public long Size() {
        return buf == null ? 0 : buf.len;
    }

    /** Go's {@code Reset}: drops what is buffered and any error, and writes to w from now on. */
    public void Reset(Object w) {
        if (buf == null) {
            buf = SliceB.make(Pkg.DEFAULT_BUF_SIZE);
        }
        err = null;
        n = 0;
        wr = w;
    }

    /**
     * Go's {@code Flush}: writes what is buffered.
     *
     * @return null, or the write's error (io.ErrShortWrite for a short write without one),
     *     which stays
     */
    @Override
    public Object Flush() {
        if (err != null) {
            return err;
        }
        if (n == 0) {
            return null;
        }
        Object[] res = Streams.write(wr, SliceB.slice(buf, 0, n));
        int m = (int) Streams.n(res);
        Object e = res[1];
        if (m < n && e == null) {
            e = go4j.std.io.Pkg.ErrShortWrite;
        }
        if (e != null) {
            if (m > 0 && m < n) {
                System.arraycopy(buf.array, buf.offset + m, buf.array, buf.offset, n - m);
            }
            n -= m;
            err = e;
            return e;
        }
        n = 0;
        return null;
    }

    /** @return Go's {@code Available}: the bytes unused in the buffer */
    public long Available() {
        return Size() - n;
    }

    /** @return Go's {@code AvailableBuffer}: an empty slice of the unused buffer's capacity */
    public SliceB AvailableBuffer() {
        return buf == null ? null : SliceB.slice(SliceB.slice(buf, n, buf.len), 0, 0);
    }

    /** @return Go's {@code Buffered}: the bytes buffered */
    public long Buffered() {
        return n;
    }

    /**
     * Go's {@code Write}: p into the buffer, flushing it as it fills; a large p with the
     * buffer empty goes straight to the writer.
     *
     * @return {@code {Long nn, err}}
     */
    @Override
    public Object[] Write(SliceB p) {
        long nn = 0;
        while (SliceB.len(p) > Available() && err == null) {
            int m;
            if (n == 0) {
                Object[] res = Streams.write(wr, p);
                m = (int) Streams.n(res);
                err = res[1];
            } else {
                m = (int) SliceB.copy(SliceB.slice(buf, n, buf.len), p);
                n += m;
                Flush();
            }
            nn += m;
            p = SliceB.slice(p, m, p.len);
        }
        if (err != null) {
            return new Object[] {nn, err};
        }
        int m = (int) SliceB.copy(buf == null ? null : SliceB.slice(buf, n, buf.len), p);
        n += m;
        nn += m;
        return new Object[] {nn, null};
    }

    /**
     * Go's {@code WriteByte}.
     *
     * @param c the byte, 0-255
     * @return null, or the sticky error
     */
    @Override
    public Object WriteByte(int c) {
        if (err != null) {
            return err;
        }
        if (Available() <= 0 && Flush() != null) {
            return err;
        }
        buf.array[buf.offset + n] = (byte) c;
        n++;
        return null;
    }

    /**
     * Go's {@code WriteRune}: r's UTF-8 encoding (U+FFFD's for an invalid rune).
     *
     * @return {@code {Long size, err}}
     */
    @Override
    public Object[] WriteRune(int r) {
        if (r >= 0 && r < 0x80) {
            Object e = WriteByte(r);
            return e != null ? new Object[] {0L, e} : new Object[] {1L, null};
        }
        if (err != null) {
            return new Object[] {0L, err};
        }
        String enc = Str.fromRune(r);
        if (Available() < 4) {
            Flush();
            if (err != null) {
                return new Object[] {0L, err};
            }
            if (Available() < 4) {
                return WriteString(enc);
            }
        }
        for (int i = 0; i < enc.length(); i++) {
            buf.array[buf.offset + n + i] = (byte) enc.charAt(i);
        }
        n += enc.length();
        return new Object[] {(long) enc.length(), null};
    }

    /**
     * Go's {@code WriteString}: s into the buffer, flushing it as it fills; a large s with
     * the buffer empty goes straight to the writer's WriteString when it has one.
     *
     * @param s the text, a Go string
     * @return {@code {Long n, err}}
     */
    public Object[] WriteString(String s) {
        long nn = 0;
        M$WriteString$L$A sw = null;
        boolean trySw = true;
        while (s.length() > Available() && err == null) {
            int m;
            if (n == 0 && sw == null && trySw) {
                if (wr instanceof M$WriteString$L$A x) {
                    sw = x;
                } else {
                    trySw = false;
                }
            }
            if (n == 0 && trySw) {
                Object[] res = sw.WriteString(s);
                m = (int) Streams.n(res);
                err = res[1];
            } else {
                m = copy(s);
                n += m;
                Flush();
            }
            nn += m;
            s = s.substring(m);
        }
        if (err != null) {
            return new Object[] {nn, err};
        }
        int m = copy(s);
        n += m;
        nn += m;
        return new Object[] {nn, null};
    }

    /** Copies what fits of s into the buffer at n; returns the count. */
    private int copy(String s) {
        int m = (int) Math.min(s.length(), Available());
        for (int i = 0; i < m; i++) {
            buf.array[buf.offset + n + i] = (byte) s.charAt(i);
        }
        return m;
    }

    /** Go's WriteString through {@code io.StringWriter}. */
    @Override
    public Object[] WriteString(Object s) {
        return WriteString((String) s);
    }

    /**
     * Go's {@code ReadFrom}: reads r to its end into the buffer, flushing it as it fills (or
     * lets the writer's own ReadFrom do it when nothing is buffered).
     *
     * @return {@code {Long n, err}}, err nil at r's EOF
     */
    @Override
    public Object[] ReadFrom(Object r) {
        if (err != null) {
            return new Object[] {0L, err};
        }
        M$ReadFrom$L$A readerFrom = wr instanceof M$ReadFrom$L$A x ? x : null;
        long total = 0;
        Object e;
        for (;;) {
            if (Available() == 0) {
                Object e1 = Flush();
                if (e1 != null) {
                    return new Object[] {total, e1};
                }
            }
            if (readerFrom != null && n == 0) {
                Object[] res = readerFrom.ReadFrom(r);
                err = res[1];
                return new Object[] {total + Streams.n(res), res[1]};
            }
            int nr = 0;
            int m = 0;
            e = null;
            while (nr < Pkg.MAX_CONSECUTIVE_EMPTY_READS) {
                Object[] res = Streams.read(r, SliceB.slice(buf, n, buf.len));
                m = (int) Streams.n(res);
                e = res[1];
                if (m != 0 || e != null) {
                    break;
                }
                nr++;
            }
            if (nr == Pkg.MAX_CONSECUTIVE_EMPTY_READS) {
                return new Object[] {total, go4j.std.io.Pkg.ErrNoProgress};
            }
            n += m;
            total += m;
            if (e != null) {
                break;
            }
        }
        if (e == go4j.std.io.Pkg.EOF) {
            e = Available() == 0 ? Flush() : null;
        }
        return new Object[] {total, e};
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
