package go4j.std.io;

import go4j.fn.M$Close$$L;
import go4j.fn.M$Read$L$A;
import go4j.fn.M$Write$L$A;
import go4j.lang.GoError;
import go4j.lang.Reader;
import go4j.lang.RuntimeError;
import go4j.lang.SliceB;
import go4j.lang.Writer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Calls on Go's {@code io.Reader}, {@code io.Writer} and {@code io.Closer} interface values
 * from Java, and the bridges between them and Java's streams, for the standard packages that
 * read and write Go values (net/http's bodies, net's connections). An interface value is an
 * Object: a go4j {@link Reader} or {@link Writer} is called directly, a value compiled from Go
 * through its method interface ({@link M$Read$L$A}, {@link M$Write$L$A}, {@link M$Close$$L}).
 * A Go error crossing into Java is a {@link GoIOException} holding it, so that it comes back
 * out as the same error value.
 *
 * <pre>{@code
 * InputStream in = Streams.inputStream(body);    // a Go io.Reader read as a stream
 * Object[] r = Streams.read(body, SliceB.make(512));
 * long n = Streams.n(r); Object err = r[1];
 * }</pre>
 */
public final class Streams {
    private Streams() {
    }

    /**
     * {@code r.Read(p)}.
     *
     * @param r an {@code io.Reader}
     * @param p the buffer
     * @return {@code {Long n, Object err}}
     * @throws go4j.lang.GoPanic nil dereference for a nil reader, as Go's call panics
     */
    public static Object[] read(Object r, SliceB p) {
        return switch (r) {
            case null -> throw RuntimeError.nilDeref();
            case Reader jr -> jr.Read(p);
            default -> ((M$Read$L$A) r).Read(p);
        };
    }

    /**
     * {@code w.Write(p)}.
     *
     * @param w an {@code io.Writer}
     * @param p the bytes
     * @return {@code {Long n, Object err}}
     * @throws go4j.lang.GoPanic nil dereference for a nil writer
     */
    public static Object[] write(Object w, SliceB p) {
        return switch (w) {
            case null -> throw RuntimeError.nilDeref();
            case Writer jw -> jw.Write(p);
            default -> ((M$Write$L$A) w).Write(p);
        };
    }

    /**
     * {@code c.Close()}.
     *
     * @param c an {@code io.Closer}
     * @return the error, null for none
     * @throws go4j.lang.GoPanic nil dereference for a nil closer
     */
    public static Object close(Object c) {
        if (c == null) {
            throw RuntimeError.nilDeref();
        }
        return ((M$Close$$L) c).Close();
    }

    /** @return the count of a {@code (n int, err error)} result */
    public static long n(Object[] result) {
        return ((Number) result[0]).longValue();
    }

    /** @return the text of a Go error value, as Java text */
    public static String text(Object err) {
        return go4j.lang.Str.toJava(((GoError) err).Error());
    }

    /**
     * A Go error as a Java exception, so that it can cross a Java stream and come out again.
     */
    public static final class GoIOException extends IOException {
        /** The Go error value. */
        public final transient Object err;

        /** @param err the Go error value */
        public GoIOException(Object err) {
            super(text(err));
            this.err = err;
        }
    }

    /**
     * A Go {@code io.Reader} as a Java stream: Go's EOF is the stream's end, another error a
     * {@link GoIOException}; a read of 0 bytes and no error is retried, as Go's callers do,
     * up to 100 times ({@code io.ErrNoProgress} after).
     *
     * @param r an {@code io.Reader}
     * @return the stream
     */
    public static InputStream inputStream(Object r) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                for (int tries = 0; tries < 100; tries++) {
                    Object[] res = Streams.read(r, new SliceB(b, off, len, len));
                    int n = (int) n(res);
                    if (n > 0) {
                        return n; // an error with data: the next read reports it again, as Go's readers do
                    }
                    if (res[1] == Pkg.EOF) {
                        return -1;
                    }
                    if (res[1] != null) {
                        throw new GoIOException(res[1]);
                    }
                }
                throw new GoIOException(Pkg.ErrNoProgress);
            }

            @Override
            public void close() throws IOException {
                if (r instanceof M$Close$$L c) {
                    Object err = c.Close();
                    if (err != null) {
                        throw new GoIOException(err);
                    }
                }
            }
        };
    }

    /**
     * A Go {@code io.Writer} as a Java stream: an error, or fewer bytes written than given
     * ({@code io.ErrShortWrite}), is a {@link GoIOException}.
     *
     * @param w an {@code io.Writer}
     * @return the stream
     */
    public static OutputStream outputStream(Object w) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return;
                }
                Object[] res = Streams.write(w, new SliceB(b, off, len, len));
                if (res[1] != null) {
                    throw new GoIOException(res[1]);
                }
                if (n(res) != len) {
                    throw new GoIOException(Pkg.ErrShortWrite);
                }
            }
        };
    }
}
