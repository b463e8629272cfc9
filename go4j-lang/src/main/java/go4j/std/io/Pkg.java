package go4j.std.io;

import go4j.fn.M$ReadFrom$L$A;
import go4j.fn.M$WriteString$L$A;
import go4j.fn.M$WriteTo$L$A;
import go4j.lang.ErrorString;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;

/**
 * Go's {@code io} package, a subset (stub {@code go4j/std/io/io.go}): the sentinel errors, the
 * copying and reading helpers and the small readers and writers, with Go 1.19's behaviour
 * (Copy lets a {@code WriterTo} source or a {@code ReaderFrom} destination do the work, ReadAll
 * grows its buffer as Go's append does). Readers and writers are interface values, called
 * through {@link Streams}; two results are an {@code Object[]} {@code {Long n, Object err}}.
 *
 * <pre>{@code
 * Object[] r = Pkg.ReadAll(go4j.std.strings.Pkg.NewReader("hi"));  // {SliceB "hi", null}
 * Pkg.Copy(go4j.std.os.Pkg.Stdout, reader);                         // {Long written, err}
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    // The variables are not final: a Go program may assign them, with putstatic.

    /** Go's {@code io.EOF}. */
    public static Object EOF = ErrorString.of("EOF");

    /** Go's {@code io.ErrUnexpectedEOF}. */
    public static Object ErrUnexpectedEOF = ErrorString.of("unexpected EOF");

    /** Go's {@code io.ErrShortWrite}. */
    public static Object ErrShortWrite = ErrorString.of("short write");

    /** Go's {@code io.ErrShortBuffer}. */
    public static Object ErrShortBuffer = ErrorString.of("short buffer");

    /** Go's {@code io.ErrNoProgress}. */
    public static Object ErrNoProgress = ErrorString.of("multiple Read calls return no data or error");

    /** Go's {@code io.Discard}, an {@code io.discard}. */
    public static Object Discard = Small.Discard.INSTANCE;

    static final Object ERR_INVALID_WRITE = ErrorString.of("invalid write result");

    /**
     * Go's {@code io.ReadAll}: reads until EOF into a buffer that starts at capacity 512 and
     * grows as {@code append} grows it.
     *
     * @param r an {@code io.Reader}
     * @return {@code {SliceB data, Object err}}, err nil at EOF
     */
    public static Object[] ReadAll(Object r) {
        SliceB b = SliceB.make(0, 512);
        for (;;) {
            if (b.len == b.cap) {
                SliceB grown = SliceB.append(b, (byte) 0);
                b = SliceB.slice(grown, 0, b.len);
            }
            Object[] res = Streams.read(r, SliceB.slice(b, b.len, b.cap));
            b = SliceB.slice(b, 0, b.len + Streams.n(res));
            if (res[1] != null) {
                return new Object[] {b, res[1] == EOF ? null : res[1]};
            }
        }
    }

    /**
     * Go's {@code io.ReadAtLeast}.
     *
     * @return {@code {Long n, Object err}}: ErrShortBuffer when buf is shorter than min,
     *     ErrUnexpectedEOF when EOF comes after some bytes but fewer than min
     */
    public static Object[] ReadAtLeast(Object r, SliceB buf, long min) {
        if (Slice.len(buf) < min) {
            return new Object[] {0L, ErrShortBuffer};
        }
        long n = 0;
        Object err = null;
        while (n < min && err == null) {
            Object[] res = Streams.read(r, SliceB.slice(buf, n, Slice.len(buf)));
            n += Streams.n(res);
            err = res[1];
        }
        if (n >= min) {
            err = null;
        } else if (n > 0 && err == EOF) {
            err = ErrUnexpectedEOF;
        }
        return new Object[] {n, err};
    }

    /** Go's {@code io.ReadFull}: {@code ReadAtLeast(r, buf, len(buf))}. */
    public static Object[] ReadFull(Object r, SliceB buf) {
        return ReadAtLeast(r, buf, Slice.len(buf));
    }

    /**
     * Go's {@code io.Copy}.
     *
     * @param dst an {@code io.Writer}
     * @param src an {@code io.Reader}
     * @return {@code {Long written, Object err}}, err nil at src's EOF
     */
    public static Object[] Copy(Object dst, Object src) {
        return copyBuffer(dst, src, null);
    }

    /**
     * Go's {@code io.CopyBuffer}.
     *
     * @throws go4j.lang.GoPanic {@code empty buffer in CopyBuffer} for a non-nil empty buf
     */
    public static Object[] CopyBuffer(Object dst, Object src, SliceB buf) {
        if (buf != null && buf.len == 0) {
            throw new go4j.lang.GoPanic("empty buffer in CopyBuffer");
        }
        return copyBuffer(dst, src, buf);
    }

    /**
     * Go's {@code io.CopyN}.
     *
     * @return {@code {Long written, Object err}}: EOF when src ended before n bytes
     */
    public static Object[] CopyN(Object dst, Object src, long n) {
        Object[] res = Copy(dst, LimitReader(src, n));
        long written = Streams.n(res);
        if (written == n) {
            return new Object[] {n, null};
        }
        if (written < n && res[1] == null) {
            return new Object[] {written, EOF};
        }
        return res;
    }

    static Object[] copyBuffer(Object dst, Object src, SliceB buf) {
        if (src instanceof M$WriteTo$L$A wt) {
            return wt.WriteTo(dst);
        }
        if (dst instanceof M$ReadFrom$L$A rf) {
            return rf.ReadFrom(src);
        }
        if (buf == null) {
            long size = 32 * 1024;
            if (src instanceof LimitedReader l && size > l.N) {
                size = l.N < 1 ? 1 : l.N;
            }
            buf = SliceB.make(size);
        }
        long written = 0;
        Object err = null;
        for (;;) {
            Object[] rr = Streams.read(src, buf);
            long nr = Streams.n(rr);
            if (nr > 0) {
                Object[] wr = Streams.write(dst, SliceB.slice(buf, 0, nr));
                long nw = Streams.n(wr);
                Object ew = wr[1];
                if (nw < 0 || nr < nw) {
                    nw = 0;
                    if (ew == null) {
                        ew = ERR_INVALID_WRITE;
                    }
                }
                written += nw;
                if (ew != null) {
                    err = ew;
                    break;
                }
                if (nr != nw) {
                    err = ErrShortWrite;
                    break;
                }
            }
            if (rr[1] != null) {
                if (rr[1] != EOF) {
                    err = rr[1];
                }
                break;
            }
        }
        return new Object[] {written, err};
    }

    /**
     * Go's {@code io.WriteString}: w's own WriteString when it has one, else Write.
     *
     * @param w an {@code io.Writer}
     * @param s the text, a Go string
     * @return {@code {Long n, Object err}}
     */
    public static Object[] WriteString(Object w, String s) {
        if (w instanceof M$WriteString$L$A sw) {
            return sw.WriteString(s);
        }
        return Streams.write(w, Str.toBytes(s));
    }

    /** Go's {@code io.NopCloser}: r with a Close that does nothing. */
    public static Object NopCloser(Object r) {
        return r instanceof M$WriteTo$L$A ? new Small.NopCloserWriterTo(r) : new Small.NopCloser(r);
    }

    /** Go's {@code io.LimitReader}: a {@code *LimitedReader}. */
    public static Object LimitReader(Object r, long n) {
        return new LimitedReader(r, n);
    }

    /** Go's {@code io.MultiReader}: the readers one after the other. */
    public static Object MultiReader(SliceL readers) {
        return new Small.MultiReader(SliceL.toArray(readers));
    }

    /** Go's {@code io.MultiWriter}: each write to every writer, nested MultiWriters flattened. */
    public static Object MultiWriter(SliceL writers) {
        java.util.List<Object> all = new java.util.ArrayList<>();
        for (Object w : SliceL.toArray(writers)) {
            if (w instanceof Small.MultiWriter mw) {
                all.addAll(java.util.Arrays.asList(mw.writers));
            } else {
                all.add(w);
            }
        }
        return new Small.MultiWriter(all.toArray());
    }

    /** Go's {@code io.TeeReader}: reads r and writes what it read to w. */
    public static Object TeeReader(Object r, Object w) {
        return new Small.TeeReader(r, w);
    }
}
