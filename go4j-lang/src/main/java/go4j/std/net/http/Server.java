package go4j.std.net.http;

import go4j.fn.F$$V;
import go4j.fn.M$Accept$$A;
import go4j.fn.M$Err$$L;
import go4j.fn.M$Temporary$$Z;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Rt;
import go4j.lang.SliceL;
import go4j.std.io.Streams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Go's {@code http.Server}, a standard struct type (docs/compiler.md): its exported fields
 * are public, named as in Go, and the zero Server serves. {@link #Serve} accepts connections
 * on a {@code net.Listener} (a {@code *net.TCPListener}, or one written in Go) and serves each
 * in a goroutine of its own ({@link ServerConn}); {@link #Close} closes the listeners, waits
 * for Serve to return {@code http: Server closed}, and closes every connection;
 * {@link #Shutdown} closes the listeners and idle connections and waits for the active ones.
 * Serve's goroutines are go4j goroutines blocked in socket reads, which the deadlock detector
 * counts as awake, as Go counts a goroutine in its network poller.
 *
 * <pre>{@code
 * Server s = new Server();
 * s.Handler = new HandlerFunc(f);
 * Rt.go(() -> s.Serve(listener));
 * s.Close();
 * }</pre>
 */
public final class Server implements GoValue {
    /** {@code *http.Server}. */
    public static final RType TYPE = RType.pointer(RType.named("net/http", "Server").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Addr}: where ListenAndServe listens, ":http" if empty. */
    public String Addr = "";
    /** Go's {@code Handler}: the handler to invoke, DefaultServeMux if nil. */
    public Object Handler;
    /** Go's {@code ReadTimeout}, a time.Duration: the most reading a request may take. */
    public long ReadTimeout;
    /** Go's {@code ReadHeaderTimeout}: the most reading a request's head may take. */
    public long ReadHeaderTimeout;
    /** Go's {@code WriteTimeout}: after it, writes of the response fail. */
    public long WriteTimeout;
    /** Go's {@code IdleTimeout}: how long a kept-alive connection waits for the next request. */
    public long IdleTimeout;
    /** Go's {@code MaxHeaderBytes}: DefaultMaxHeaderBytes (1 MB) if zero. */
    public long MaxHeaderBytes;

    private final Object lock = new Object();
    private final Set<Object> listeners = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> closedListeners = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<ServerConn> conns = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Object> onShutdown = new ArrayList<>();
    private int serving;
    private volatile boolean inShutdown;
    private volatile boolean disableKeepAlives;

    /** Go's zero Server. */
    public Server() {
    }

    /** @return a Server with this one's configuration and state of its own */
    public Server $copy() {
        Server c = new Server();
        c.$set(this);
        return c;
    }

    /** @param o the Server whose configuration this one takes */
    public void $set(Server o) {
        Addr = o.Addr;
        Handler = o.Handler;
        ReadTimeout = o.ReadTimeout;
        ReadHeaderTimeout = o.ReadHeaderTimeout;
        WriteTimeout = o.WriteTimeout;
        IdleTimeout = o.IdleTimeout;
        MaxHeaderBytes = o.MaxHeaderBytes;
    }

    boolean shuttingDown() {
        return inShutdown;
    }

    boolean keepAlivesEnabled() {
        return !disableKeepAlives && !inShutdown;
    }

    /** Go's srv.logf: the standard logger's Printf. */
    void logf(String format, Object... args) {
        go4j.std.log.Pkg.Printf(format, SliceL.of(args));
    }

    void untrack(ServerConn c) {
        synchronized (lock) {
            conns.remove(c);
        }
    }

    /** Closes l once (Go's onceCloseListener); returns the first Close's error. */
    private Object closeListener(Object l) {
        synchronized (lock) {
            if (!closedListeners.add(l)) {
                return null;
            }
        }
        return Streams.close(l);
    }

    /**
     * Go's {@code Serve}: accepts connections on l and serves each in a new goroutine.
     *
     * @param l a {@code net.Listener}
     * @return the error that ended it: ErrServerClosed after Close or Shutdown
     */
    public Object Serve(Object l) {
        synchronized (lock) {
            if (inShutdown) {
                closeListener(l);
                return Pkg.ErrServerClosed;
            }
            listeners.add(l);
            serving++;
        }
        try {
            long tempDelay = 0;
            for (;;) {
                Object[] r = ((M$Accept$$A) l).Accept();
                if (r[1] != null) {
                    if (inShutdown) {
                        return Pkg.ErrServerClosed;
                    }
                    if (r[1] instanceof M$Temporary$$Z t && t.Temporary()) {
                        tempDelay = tempDelay == 0 ? 5_000_000L : Math.min(tempDelay * 2, 1_000_000_000L);
                        logf("http: Accept error: %v; retrying in %v", r[1], new go4j.std.time.Duration(tempDelay));
                        go4j.std.time.Pkg.Sleep(tempDelay);
                        continue;
                    }
                    return r[1];
                }
                tempDelay = 0;
                ServerConn c = new ServerConn(this, r[0]);
                synchronized (lock) {
                    conns.add(c);
                }
                Rt.go(c::serve);
            }
        } finally {
            closeListener(l);
            synchronized (lock) {
                listeners.remove(l);
                serving--;
                lock.notifyAll();
            }
        }
    }

    /** Go's {@code ListenAndServe}: net.Listen("tcp", Addr), then Serve. */
    public Object ListenAndServe() {
        if (inShutdown) {
            return Pkg.ErrServerClosed;
        }
        String addr = Addr.isEmpty() ? ":http" : Addr;
        Object[] r = go4j.std.net.Pkg.Listen("tcp", addr);
        if (r[1] != null) {
            return r[1];
        }
        return Serve(r[0]);
    }

    private Object closeListeners() {
        List<Object> ls;
        synchronized (lock) {
            ls = new ArrayList<>(listeners);
        }
        Object err = null;
        for (Object l : ls) {
            Object e = closeListener(l);
            if (e != null && err == null) {
                err = e;
            }
        }
        return err;
    }

    private void awaitServeLoops() {
        synchronized (lock) {
            while (serving > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Go's {@code Close}: closes the listeners (Serve returns ErrServerClosed) and every
     * connection, active or idle, at once.
     *
     * @return the error of closing a listener, if any
     */
    public Object Close() {
        inShutdown = true;
        Object err = closeListeners();
        awaitServeLoops();
        List<ServerConn> cs;
        synchronized (lock) {
            cs = new ArrayList<>(conns);
            conns.clear();
        }
        for (ServerConn c : cs) {
            c.close();
        }
        return err;
    }

    /** Closes the idle connections; true when no connection is left active. */
    private boolean closeIdleConns() {
        List<ServerConn> cs;
        synchronized (lock) {
            cs = new ArrayList<>(conns);
        }
        boolean quiescent = true;
        for (ServerConn c : cs) {
            boolean staleNew = c.state == ServerConn.NEW && System.nanoTime() - c.created > 5_000_000_000L;
            if (c.state == ServerConn.IDLE || c.state == ServerConn.CLOSED || staleNew) {
                c.close();
                untrack(c);
            } else {
                quiescent = false;
            }
        }
        return quiescent;
    }

    /**
     * Go's {@code Shutdown}: closes the listeners and the idle connections, then waits until
     * the active ones are idle (and closes them), or until ctx ends.
     *
     * @param ctx a {@code context.Context}
     * @return the listeners' close error, or ctx.Err() when ctx ended first
     */
    public Object Shutdown(Object ctx) {
        inShutdown = true;
        Object lnerr = closeListeners();
        List<Object> fs;
        synchronized (lock) {
            fs = new ArrayList<>(onShutdown);
        }
        for (Object f : fs) {
            Rt.go(((F$$V) f)::call);
        }
        awaitServeLoops();
        long interval = 1_000_000L;
        for (;;) {
            if (closeIdleConns()) {
                return lnerr;
            }
            Object err = ((M$Err$$L) ctx).Err();
            if (err != null) {
                return err;
            }
            go4j.std.time.Pkg.Sleep(interval);
            interval = Math.min(interval * 2, 50_000_000L);
        }
    }

    /** Go's {@code SetKeepAlivesEnabled}: false closes idle connections and ends keep-alive. */
    public void SetKeepAlivesEnabled(boolean v) {
        disableKeepAlives = !v;
        if (!v) {
            closeIdleConns();
        }
    }

    /** Go's {@code RegisterOnShutdown}: f runs in a goroutine of its own when Shutdown starts. */
    public void RegisterOnShutdown(Object f) {
        synchronized (lock) {
            onShutdown.add(f);
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
