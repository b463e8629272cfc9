package go4j.std.net;

import go4j.fn.M$Close$$L;
import go4j.fn.M$LocalAddr$$L;
import go4j.fn.M$RemoteAddr$$L;
import go4j.fn.M$SetDeadline$L$L;
import go4j.fn.M$SetReadDeadline$L$L;
import go4j.fn.M$SetWriteDeadline$L$L;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.Writer;
import go4j.std.time.Time;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Go's {@code net.TCPConn}, a standard struct type used through its pointer: a
 * {@code net.Conn} over a connected {@link Socket}. Reads and writes block the calling
 * goroutine, a virtual thread that the JDK unmounts while the socket waits, as Go's poller
 * parks a goroutine. Errors are Go's: io.EOF at the end of the stream, a {@link OpError}
 * ({@code read tcp LOCAL->REMOTE: ...}) otherwise, {@code use of closed network connection}
 * after Close, {@code i/o timeout} past the read deadline (the socket's SO_TIMEOUT, set at
 * each read). The write deadline is recorded, not enforced: a blocking write is not
 * interrupted.
 *
 * <pre>{@code
 * TCPConn c = (TCPConn) Pkg.Dial("tcp", "127.0.0.1:8080")[0];
 * c.Write(Str.toBytes("ping"));
 * c.Read(SliceB.make(4));
 * }</pre>
 */
public final class TCPConn implements GoValue, Reader, Writer, M$Close$$L, M$LocalAddr$$L, M$RemoteAddr$$L,
        M$SetDeadline$L$L, M$SetReadDeadline$L$L, M$SetWriteDeadline$L$L {
    /** {@code *net.TCPConn}. */
    public static final RType TYPE = RType.pointer(RType.named("net", "TCPConn").setUnderlying(RType.struct(List.of())));

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final TCPAddr local;
    private final TCPAddr remote;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long readDeadline;  // epoch nanos, 0 for none
    private volatile long writeDeadline; // recorded only

    TCPConn(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);  // Go's default
        socket.setKeepAlive(true);   // Go's default (15s probes)
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.local = TCPAddr.of((InetSocketAddress) socket.getLocalSocketAddress());
        this.remote = TCPAddr.of((InetSocketAddress) socket.getRemoteSocketAddress());
    }

    /** The zero TCPConn cannot be used: Go's methods report EINVAL on it. */
    public TCPConn() {
        socket = null;
        in = null;
        out = null;
        local = null;
        remote = null;
    }

    /** @return this (a TCPConn is used through its pointer; a copy shares the socket) */
    public TCPConn $copy() {
        return this;
    }

    /** @param o ignored: the socket is the connection's own */
    public void $set(TCPConn o) {
    }

    private OpError opError(String op, Object err) {
        return new OpError(op, "tcp", local, remote, err);
    }

    /** The Go error of a failed read or write. */
    Object ioError(String op, IOException e) {
        if (closed.get()) {
            return opError(op, Errs.NetClosing.INSTANCE);
        }
        return opError(op, Errs.sys(op, e));
    }

    /** Go's {@code Read}: {@code {Long n, err}}, io.EOF at the end of the stream. */
    @Override
    public Object[] Read(SliceB b) {
        if (closed.get()) {
            return new Object[] {0L, opError("read", Errs.NetClosing.INSTANCE)};
        }
        int len = (int) Slice.len(b);
        if (len == 0) {
            return new Object[] {0L, null};
        }
        try {
            long dl = readDeadline;
            if (dl != 0) {
                long left = dl - now();
                if (left <= 0) {
                    return new Object[] {0L, opError("read", Errs.Deadline.INSTANCE)};
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
            } else {
                socket.setSoTimeout(0);
            }
            int n = in.read(b.array, b.offset, len);
            if (closed.get()) {
                // the JDK may finish a read that Close interrupted with the bytes it got: Go's fails
                return new Object[] {0L, opError("read", Errs.NetClosing.INSTANCE)};
            }
            if (n < 0) {
                return new Object[] {0L, go4j.std.io.Pkg.EOF};
            }
            return new Object[] {(long) n, null};
        } catch (SocketTimeoutException e) {
            return new Object[] {0L, opError("read", Errs.Deadline.INSTANCE)};
        } catch (IOException e) {
            return new Object[] {0L, ioError("read", e)};
        }
    }

    /** Go's {@code Write}: all of b, or the error. */
    @Override
    public Object[] Write(SliceB b) {
        if (closed.get()) {
            return new Object[] {0L, opError("write", Errs.NetClosing.INSTANCE)};
        }
        int len = (int) Slice.len(b);
        long dl = writeDeadline;
        if (dl != 0 && dl - now() <= 0) {
            return new Object[] {0L, opError("write", Errs.Deadline.INSTANCE)};
        }
        try {
            if (len > 0) {
                out.write(b.array, b.offset, len);
                out.flush();
            }
            return new Object[] {(long) len, null};
        } catch (IOException e) {
            return new Object[] {0L, ioError("write", e)};
        }
    }

    /** Go's {@code Close}: unblocks reads and writes; a second Close is an error. */
    @Override
    public Object Close() {
        if (socket == null) {
            return new OpError("close", "tcp", null, null, new Errs.Errno("invalid argument"));
        }
        if (!closed.compareAndSet(false, true)) {
            return opError("close", Errs.NetClosing.INSTANCE);
        }
        try {
            socket.close();
            return null;
        } catch (IOException e) {
            return opError("close", Errs.sys("close", e));
        }
    }

    /** Go's {@code CloseRead}: shuts down the reading side. */
    public Object CloseRead() {
        try {
            socket.shutdownInput();
            return null;
        } catch (IOException e) {
            return ioError("close", e);
        }
    }

    /** Go's {@code CloseWrite}: shuts down the writing side (the peer reads EOF). */
    public Object CloseWrite() {
        try {
            socket.shutdownOutput();
            return null;
        } catch (IOException e) {
            return ioError("close", e);
        }
    }

    /** @return the local address, a {@code *TCPAddr} */
    @Override
    public Object LocalAddr() {
        return local;
    }

    /** @return the remote address, a {@code *TCPAddr} */
    @Override
    public Object RemoteAddr() {
        return remote;
    }

    private static long now() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    private static long deadline(Time t) {
        return t.IsZero() ? 0 : t.UnixNano();
    }

    /** Go's {@code SetDeadline}: both deadlines. */
    public Object SetDeadline(Time t) {
        readDeadline = deadline(t);
        writeDeadline = readDeadline;
        return null;
    }

    /** Go's {@code SetReadDeadline}; the zero Time clears it. */
    public Object SetReadDeadline(Time t) {
        readDeadline = deadline(t);
        return null;
    }

    /** Go's {@code SetWriteDeadline}: recorded; a write after it fails with i/o timeout. */
    public Object SetWriteDeadline(Time t) {
        writeDeadline = deadline(t);
        return null;
    }

    @Override
    public Object SetDeadline(Object t) {
        return SetDeadline((Time) t);
    }

    @Override
    public Object SetReadDeadline(Object t) {
        return SetReadDeadline((Time) t);
    }

    @Override
    public Object SetWriteDeadline(Object t) {
        return SetWriteDeadline((Time) t);
    }

    /** Go's {@code SetNoDelay}. */
    public Object SetNoDelay(boolean noDelay) {
        try {
            socket.setTcpNoDelay(noDelay);
            return null;
        } catch (IOException e) {
            return ioError("set", e);
        }
    }

    /** Go's {@code SetKeepAlive}. */
    public Object SetKeepAlive(boolean keepAlive) {
        try {
            socket.setKeepAlive(keepAlive);
            return null;
        } catch (IOException e) {
            return ioError("set", e);
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
