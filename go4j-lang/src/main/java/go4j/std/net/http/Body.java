package go4j.std.net.http;

import go4j.fn.M$Close$$L;
import go4j.fn.M$WriteTo$L$A;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Slice;
import go4j.lang.SliceB;

import java.io.IOException;
import java.util.List;

/**
 * A message body read off a connection, Go's {@code *http.body}: a request's body on the
 * server, a response's on the client. Reads end with io.EOF (together with the last bytes of a
 * body of known length, as Go's do), a body cut short is io.ErrUnexpectedEOF, a Read after
 * Close is {@code http: invalid Read on closed Body}. The owner learns when the body was read
 * to its end ({@link #onEOF}) and when it was closed ({@link #onClose}).
 */
final class Body implements GoValue, Reader, M$Close$$L {
    static final RType TYPE = RType.pointer(RType.named("net/http", "body").setUnderlying(RType.struct(List.of())));

    private final Wire.Source src;
    private boolean sawEOF;
    private boolean closed;
    private Object err;             // a sticky read error
    /** Run once when the body is read to its end (the client returns the connection to its pool). */
    Runnable onEOF;
    /** Run once on Close, with whether the body was read to its end. */
    java.util.function.Consumer<Boolean> onClose;
    /** Close discards what is left up to this many bytes, as Go's server does; else leaves it. */
    long discardOnClose = -1;
    /** Run before the first read (the server's 100 Continue). */
    Runnable beforeRead;
    /** What a Read after Close returns (the client's body says so in its own words). */
    Object closedError = Pkg.ErrBodyReadAfterClose;
    /** The Go error of a failed read; null for Go's defaults (the client's cancellation sets one). */
    java.util.function.Function<IOException, Object> readError;

    Body(Wire.Source src) {
        this.src = src;
    }

    synchronized boolean sawEOF() {
        return sawEOF;
    }

    synchronized boolean closed() {
        return closed;
    }

    /** @return the bytes known to be left, -1 when unknown */
    long remaining() {
        return src.remaining();
    }

    private void hitEOF() {
        if (!sawEOF) {
            sawEOF = true;
            if (onEOF != null) {
                onEOF.run();
            }
        }
    }

    @Override
    public synchronized Object[] Read(SliceB p) {
        if (closed) {
            return new Object[] {0L, closedError};
        }
        if (sawEOF) {
            return new Object[] {0L, go4j.std.io.Pkg.EOF};
        }
        if (err != null) {
            return new Object[] {0L, err};
        }
        int len = (int) Slice.len(p);
        if (len == 0) {
            return new Object[] {0L, null};
        }
        if (beforeRead != null) {
            Runnable r = beforeRead;
            beforeRead = null;
            r.run();
        }
        try {
            int n = src.read(p.array, p.offset, len);
            if (n < 0) {
                hitEOF();
                return new Object[] {0L, go4j.std.io.Pkg.EOF};
            }
            if (src.remaining() == 0) {
                hitEOF(); // the last bytes of a body of known length come with EOF
                return new Object[] {(long) n, go4j.std.io.Pkg.EOF};
            }
            return new Object[] {(long) n, null};
        } catch (IOException e) {
            Object mapped = readError == null ? null : readError.apply(e);
            if (mapped != null) {
                err = mapped;
            } else if (e instanceof Wire.UnexpectedEOF) {
                err = go4j.std.io.Pkg.ErrUnexpectedEOF;
            } else if (e instanceof go4j.std.io.Streams.GoIOException g) {
                err = g.err;
            } else {
                err = go4j.lang.ErrorString.of(go4j.lang.Str.fromJava(String.valueOf(e.getMessage())));
            }
            return new Object[] {0L, err};
        }
    }

    static final int DISCARD_EOF = 0;
    static final int DISCARD_MORE = 1;
    static final int DISCARD_ERROR = 2;

    /**
     * Reads what is left, up to limit bytes, as Go's {@code io.CopyN(io.Discard, body, limit+1)}.
     *
     * @return DISCARD_EOF when the end was reached, DISCARD_MORE when bytes are left past the
     *     limit, DISCARD_ERROR when the read failed (or the body was closed)
     */
    synchronized int discard(long limit) {
        if (sawEOF) {
            return DISCARD_EOF;
        }
        if (err != null || closed) {
            return DISCARD_ERROR;
        }
        byte[] buf = new byte[8192];
        long left = limit + 1;
        try {
            while (left > 0) {
                int n = src.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    hitEOF();
                    return DISCARD_EOF;
                }
                left -= n;
                if (src.remaining() == 0) {
                    hitEOF();
                    return left > 0 ? DISCARD_EOF : DISCARD_MORE;
                }
            }
            return DISCARD_MORE;
        } catch (IOException e) {
            err = go4j.std.io.Pkg.ErrUnexpectedEOF;
            return DISCARD_ERROR;
        }
    }

    @Override
    public Object Close() {
        boolean eof;
        synchronized (this) {
            if (closed) {
                return null;
            }
            if (discardOnClose >= 0 && !sawEOF) {
                long rem = src.remaining();
                if (rem < 0 || rem <= discardOnClose) {
                    discard(discardOnClose); // Go's server reads a small rest, so the connection can go on
                }
            }
            closed = true;
            eof = sawEOF;
        }
        if (onClose != null) {
            onClose.accept(eof);
        }
        return null;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    /** Go's {@code http.NoBody}, an {@code http.noBody}: no bytes, Close does nothing. */
    static final class None implements GoValue, Reader, M$Close$$L, M$WriteTo$L$A {
        static final RType TYPE = RType.named("net/http", "noBody").setUnderlying(RType.struct(List.of()));
        static final None INSTANCE = new None();

        @Override
        public Object[] Read(SliceB p) {
            return new Object[] {0L, go4j.std.io.Pkg.EOF};
        }

        @Override
        public Object Close() {
            return null;
        }

        @Override
        public Object[] WriteTo(Object w) {
            return new Object[] {0L, null};
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }
}
