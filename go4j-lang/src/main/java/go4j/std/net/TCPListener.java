package go4j.std.net;

import go4j.fn.M$Accept$$A;
import go4j.fn.M$Addr$$L;
import go4j.fn.M$Close$$L;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Go's {@code net.TCPListener}, a standard struct type used through its pointer: a
 * {@code net.Listener} over a {@link ServerSocket}. Accept blocks the goroutine (a virtual
 * thread) until a connection comes or the listener is closed, which Go reports as
 * {@code accept tcp ADDR: use of closed network connection}.
 *
 * <pre>{@code
 * TCPListener l = (TCPListener) Pkg.Listen("tcp", "127.0.0.1:0")[0];
 * l.Addr();                        // *TCPAddr 127.0.0.1:PORT
 * Object[] r = l.Accept();         // {TCPConn, null}
 * }</pre>
 */
public final class TCPListener implements GoValue, M$Accept$$A, M$Close$$L, M$Addr$$L {
    /** {@code *net.TCPListener}. */
    public static final RType TYPE = RType.pointer(RType.named("net", "TCPListener").setUnderlying(RType.struct(List.of())));

    private final ServerSocket server;
    private final TCPAddr addr;
    private final AtomicBoolean closed = new AtomicBoolean();

    TCPListener(ServerSocket server, TCPAddr addr) {
        this.server = server;
        this.addr = addr;
    }

    /** The zero TCPListener cannot be used. */
    public TCPListener() {
        server = null;
        addr = null;
    }

    /** @return this (a listener is used through its pointer) */
    public TCPListener $copy() {
        return this;
    }

    /** @param o ignored */
    public void $set(TCPListener o) {
    }

    /** Go's {@code Accept}: {@code {Object conn, Object err}}, conn a {@link TCPConn}. */
    @Override
    public Object[] Accept() {
        Object[] r = AcceptTCP();
        return r;
    }

    /** Go's {@code AcceptTCP}: {@code {TCPConn conn, Object err}}. */
    public Object[] AcceptTCP() {
        if (server == null) {
            return new Object[] {null, new OpError("accept", "tcp", null, null, new Errs.Errno("invalid argument"))};
        }
        if (closed.get()) {
            return new Object[] {null, new OpError("accept", "tcp", null, addr, Errs.NetClosing.INSTANCE)};
        }
        try {
            Socket s = server.accept();
            if (closed.get()) {
                s.close(); // accepted as Close ran: Go's Accept fails
                return new Object[] {null, new OpError("accept", "tcp", null, addr, Errs.NetClosing.INSTANCE)};
            }
            return new Object[] {new TCPConn(s), null};
        } catch (IOException e) {
            Object err = closed.get() ? Errs.NetClosing.INSTANCE : Errs.sys("accept", e);
            return new Object[] {null, new OpError("accept", "tcp", null, addr, err)};
        }
    }

    /** Go's {@code Close}: unblocks Accept; a second Close is an error. */
    @Override
    public Object Close() {
        if (!closed.compareAndSet(false, true)) {
            return new OpError("close", "tcp", null, addr, Errs.NetClosing.INSTANCE);
        }
        try {
            server.close();
            return null;
        } catch (IOException e) {
            return new OpError("close", "tcp", null, addr, Errs.sys("close", e));
        }
    }

    /** @return the listener's address, a {@code *TCPAddr} */
    @Override
    public Object Addr() {
        return addr;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
