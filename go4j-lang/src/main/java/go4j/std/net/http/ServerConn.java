package go4j.std.net.http;

import go4j.fn.F$$V;
import go4j.fn.M$RemoteAddr$$L;
import go4j.fn.M$ServeHTTP$LL$V;
import go4j.fn.M$SetReadDeadline$L$L;
import go4j.fn.M$SetWriteDeadline$L$L;
import go4j.lang.GoMap;
import go4j.lang.Rt;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Stringer;
import go4j.std.io.Streams;
import go4j.std.net.url.URL;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One connection of a {@link Server}, Go's {@code *http.conn}: it runs in a goroutine of its
 * own, reads requests one after the other (HTTP/1.1 keep-alive), runs the handler for each in
 * that goroutine and writes its response. The connection is read and written through its
 * {@code net.Conn} ({@link Streams}), so a Conn written in Go serves as well as a
 * {@code *net.TCPConn}, and read deadlines (the Server's timeouts) apply.
 */
final class ServerConn {
    static final int NEW = 0;
    static final int ACTIVE = 1;
    static final int IDLE = 2;
    static final int CLOSED = 3;

    final Server srv;
    final Object rwc;
    private final Wire.In in;
    private final OutputStream out;
    volatile int state = NEW;
    /** When the connection was accepted (System.nanoTime). */
    final long created = System.nanoTime();
    /** The first error writing to the connection: no more requests on it. */
    volatile Object werr;
    private String remoteAddr = "";

    ServerConn(Server srv, Object rwc) {
        this.srv = srv;
        this.rwc = rwc;
        this.in = new Wire.In(Streams.inputStream(rwc));
        this.out = new BufferedOutputStream(Streams.outputStream(rwc), 4 << 10);
    }

    // ---- writing ----

    void writeRaw(String s) throws IOException {
        try {
            Wire.write(out, s);
        } catch (IOException e) {
            writeError(e);
            throw e;
        }
    }

    void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            writeError(e);
            throw e;
        }
    }

    void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            writeError(e);
            throw e;
        }
    }

    /** Records a write failure (Go's checkConnErrorWriter) and returns it as a Go error. */
    Object writeError(IOException e) {
        Object err = e instanceof Streams.GoIOException g ? g.err : go4j.lang.ErrorString.of(Str.fromJava(String.valueOf(e.getMessage())));
        if (werr == null) {
            werr = err;
            close();
        }
        return err;
    }

    void close() {
        if (state != CLOSED) {
            state = CLOSED;
            try {
                Streams.close(rwc);
            } catch (RuntimeException e) {
                // closing is best effort, as Go ignores the error
            }
        }
    }

    private void setReadDeadline(long d) {
        if (rwc instanceof M$SetReadDeadline$L$L c) {
            c.SetReadDeadline(d <= 0 ? new go4j.std.time.Time() : go4j.std.time.Pkg.Now().Add(d));
        }
    }

    private void setWriteDeadline(long d) {
        if (rwc instanceof M$SetWriteDeadline$L$L c) {
            c.SetWriteDeadline(d <= 0 ? new go4j.std.time.Time() : go4j.std.time.Pkg.Now().Add(d));
        }
    }

    // ---- serving ----

    /** A request that could not be read: what to answer, null to hang up silently. */
    private static final class BadRequest extends Exception {
        final String response;

        BadRequest(String response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private static final String ERROR_HEADERS = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n";

    private static BadRequest plain400() {
        return new BadRequest("HTTP/1.1 400 Bad Request" + ERROR_HEADERS + "400 Bad Request");
    }

    private static BadRequest status(long code, String text) {
        String st = code + " " + Pkg.StatusText(code) + ": " + text;
        return new BadRequest("HTTP/1.1 " + st + ERROR_HEADERS + st);
    }

    /** The connection's goroutine: Go's {@code (*conn).serve}. */
    void serve() {
        ResponseImpl inFlight = null;
        Object cancel = null;
        try {
            Object ra = rwc instanceof M$RemoteAddr$$L c ? c.RemoteAddr() : null;
            remoteAddr = ra == null ? "" : ((Stringer) ra).String();
            for (;;) {
                Request req;
                try {
                    req = readRequest();
                } catch (BadRequest e) {
                    if (e.response != null) {
                        try {
                            writeRaw(e.response);
                            flush();
                        } catch (IOException ignored) {
                            // the client is gone
                        }
                    }
                    return;
                }
                if (req == null) {
                    return;
                }
                Object[] cc = go4j.std.context.Pkg.WithCancel(go4j.std.context.Pkg.Background());
                req.ctx = cc[0];
                cancel = cc[1];
                ResponseImpl w = new ResponseImpl(this, req);
                Object reqCancel = cancel;
                if (req.Body instanceof Body b) {
                    b.discardOnClose = ResponseImpl.MAX_POST_HANDLER_READ;
                }
                String expect = Header.get(req.Header, "Expect");
                if (Pkg.hasToken(expect, "100-continue") && expect.equalsIgnoreCase("100-continue")) {
                    if (req.ProtoAtLeast(1, 1) && req.ContentLength != 0 && req.Body instanceof Body b) {
                        w.canWriteContinue = true;
                        b.beforeRead = () -> {
                            if (w.canWriteContinue && !w.wroteHeader) {
                                w.canWriteContinue = false;
                                try {
                                    writeRaw("HTTP/1.1 100 Continue\r\n\r\n");
                                    flush();
                                } catch (IOException ignored) {
                                    // the read that follows fails too
                                }
                            }
                        };
                    }
                } else if (!expect.isEmpty()) {
                    try {
                        writeRaw("HTTP/1.1 417 Expectation Failed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        flush();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                    return;
                }
                if (req.Body instanceof Body b && !b.sawEOF()) {
                    b.onEOF = () -> startBackgroundRead(reqCancel);
                } else {
                    startBackgroundRead(reqCancel);
                }
                inFlight = w;
                serveHTTP(w, req);
                inFlight = null;
                ((F$$V) cancel).call();
                cancel = null;
                try {
                    w.finishRequest();
                } catch (IOException e) {
                    return;
                }
                if (!w.shouldReuseConnection()) {
                    if (w.requestBodyLimitHit || w.closedRequestBodyEarly()) {
                        closeWriteAndWait();
                    }
                    return;
                }
                idleSince = System.nanoTime();
                state = IDLE;
                if (!srv.keepAlivesEnabled() || srv.shuttingDown()) {
                    return;
                }
                if (!awaitNextRequest()) {
                    return;
                }
                setReadDeadline(0);
            }
        } catch (Throwable t) {
            Object v;
            try {
                v = Rt.panicValue(t);
            } catch (Error e) {
                throw e;
            }
            if (v != Pkg.ErrAbortHandler) {
                srv.logf("http: panic serving %v: %v\n%s", remoteAddr, v, goroutineHeader() + Rt.goTrace(t));
            }
        } finally {
            if (cancel != null) {
                ((F$$V) cancel).call();
            }
            if (inFlight != null && inFlight.reqBody != null) {
                try {
                    Streams.close(inFlight.reqBody);
                } catch (RuntimeException ignored) {
                    // the connection is closing
                }
            }
            close();
            srv.untrack(this);
        }
    }

    // ---- reading ahead: Go's background read ----

    /** When the last response was written (System.nanoTime), the start of the idle time. */
    private volatile long idleSince;
    /** Set while a background read runs: it gets TRUE when the next request's bytes came. */
    private volatile go4j.Chan<Object> bgRead;

    private long idleTimeout() {
        return srv.IdleTimeout != 0 ? srv.IdleTimeout : srv.ReadTimeout;
    }

    /**
     * Go's connReader.startBackgroundRead: while the handler runs (its request body read to
     * the end), a goroutine waits for the connection's next byte, so that a client that hangs
     * up cancels the request's context, as in Go. The byte, if one comes, waits in the buffer
     * for the next request. With an idle timeout, the wait is cut into deadlines, and one
     * that passes after the response closes the idle connection.
     */
    private void startBackgroundRead(Object cancel) {
        if (bgRead != null || in.buffered()) {
            return;
        }
        go4j.Chan<Object> done = new go4j.Chan<>(1);
        bgRead = done;
        Rt.go(() -> {
            // No exception reaches this frame: fillFrom returns the Go error. The frame stays
            // parked in the read for long, and a class loaded meanwhile can invalidate what the
            // JIT assumed in it; on JDK 25 an exception delivered into such a frozen
            // virtual-thread frame ran its stale compiled code (the interface call in the
            // catch block, devirtualized to the one implementation known when it compiled,
            // threw IncompatibleClassChangeError on a net.OpError, loaded later).
            boolean more = false;
            for (;;) {
                long idle = idleTimeout();
                if (idle > 0) {
                    long since = idleSince;
                    long start = since > 0 && state == IDLE ? since : System.nanoTime();
                    setReadDeadline(Math.max(1, start + idle - System.nanoTime()));
                }
                Object err = in.fillFrom(rwc);
                if (err == null) {
                    more = true;
                    break;
                }
                if (isTimeout(err) && state != CLOSED) {
                    if (state == IDLE && System.nanoTime() - idleSince >= idle) {
                        break; // the idle timeout: the connection ends
                    }
                    continue; // the handler still runs, or the idle time is not over
                }
                break;
            }
            if (!more) {
                ((F$$V) cancel).call(); // the client is gone: Go cancels the request's context
            }
            done.send(more);
        });
    }

    private static boolean isTimeout(Object err) {
        return err instanceof go4j.fn.M$Timeout$$Z t && t.Timeout();
    }

    /** Waits for the next request's first byte: the background read's, or a read of its own. */
    private boolean awaitNextRequest() {
        go4j.Chan<Object> bg = bgRead;
        if (bg != null) {
            bgRead = null;
            return bg.recv() == Boolean.TRUE;
        }
        setReadDeadline(idleTimeout());
        try {
            return in.peek() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String goroutineHeader() {
        String s = go4j.Go.stack(false);
        int nl = s.indexOf('\n');
        return nl < 0 ? "" : s.substring(0, nl + 1);
    }

    private void closeWriteAndWait() {
        try {
            flush();
        } catch (IOException ignored) {
            // closing anyway
        }
        if (rwc instanceof go4j.std.net.TCPConn tcp) {
            tcp.CloseWrite();
        }
        go4j.std.time.Pkg.Sleep(500_000_000L); // Go's rstAvoidanceDelay
    }

    /** Go's serverHandler.ServeHTTP: the Server's Handler, or DefaultServeMux. */
    private void serveHTTP(ResponseImpl w, Request req) {
        Object handler = srv.Handler != null ? srv.Handler : Pkg.DefaultServeMux;
        if (req.RequestURI.equals("*") && req.Method.equals("OPTIONS")) {
            Header.Set(w.Header(), "Content-Length", "0");
            return;
        }
        if (handler == null) {
            throw go4j.lang.RuntimeError.nilDeref();
        }
        ((M$ServeHTTP$LL$V) handler).ServeHTTP(w, req);
        if (req.URL != null && req.URL.RawQuery.indexOf(';') >= 0) {
            srv.logf("http: URL query contains semicolon, which is no longer a supported separator; parts of the query may be stripped when parsed; see golang.org/issue/25192");
        }
    }

    // ---- reading a request ----

    /**
     * Go's {@code (*conn).readRequest} and {@code http.readRequest}: the request line, the
     * header, the body's framing, and the server's checks.
     *
     * @return the request, null when the connection ended (or failed) before one
     * @throws BadRequest with the response Go writes for a malformed request
     */
    private Request readRequest() throws BadRequest {
        long hdrTimeout = srv.ReadHeaderTimeout != 0 ? srv.ReadHeaderTimeout : srv.ReadTimeout;
        if (hdrTimeout > 0) {
            setReadDeadline(hdrTimeout);
        }
        if (srv.WriteTimeout > 0) {
            setWriteDeadline(srv.WriteTimeout);
        }
        long max = srv.MaxHeaderBytes > 0 ? srv.MaxHeaderBytes : Pkg.DEFAULT_MAX_HEADER_BYTES;
        in.budget = max + 4096;
        Request req;
        try {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            state = ACTIVE;
            req = parseRequest(line);
        } catch (Wire.TooLarge e) {
            String st = "431 Request Header Fields Too Large";
            BadRequest b = new BadRequest("HTTP/1.1 " + st + ERROR_HEADERS + st);
            throw b;
        } catch (Wire.UnexpectedEOF e) {
            throw plain400();
        } catch (IOException e) {
            return null; // a read error: Go hangs up without a word
        } finally {
            in.budget = Long.MAX_VALUE;
        }
        if (srv.ReadTimeout > 0) {
            setReadDeadline(srv.ReadTimeout);
        } else if (hdrTimeout > 0) {
            setReadDeadline(0);
        }
        if (req.ProtoMajor != 1) {
            throw status(505, "unsupported protocol version");
        }
        SliceL hosts = Transfer.values(req.Header, "Host");
        boolean haveHost = hosts != null;
        if (req.ProtoAtLeast(1, 1) && (!haveHost || SliceL.len(hosts) == 0) && !req.Method.equals("CONNECT")) {
            throw status(400, "missing required Host header");
        }
        if (SliceL.len(hosts) == 1 && !Wire.validHostHeader((String) SliceL.get(hosts, 0))) {
            throw status(400, "malformed Host header");
        }
        for (GoMap.Iter it = GoMap.iter(req.Header); it.next(); ) {
            if (!Wire.isToken((String) it.key())) {
                throw status(400, "invalid header name");
            }
            for (Object v : SliceL.toArray((SliceL) it.value())) {
                if (!Wire.validHeaderValue((String) v)) {
                    throw status(400, "invalid header value");
                }
            }
        }
        GoMap.delete(req.Header, "Host");
        req.RemoteAddr = remoteAddr;
        return req;
    }

    private Request parseRequest(String line) throws IOException, BadRequest {
        Request req = new Request();
        int sp1 = line.indexOf(' ');
        int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
        if (sp1 < 0 || sp2 < 0) {
            throw plain400(); // malformed HTTP request
        }
        req.Method = line.substring(0, sp1);
        req.RequestURI = line.substring(sp1 + 1, sp2);
        req.Proto = line.substring(sp2 + 1);
        long[] v = Pkg.parseHTTPVersion(req.Proto);
        if (v == null || !Wire.isToken(req.Method)) {
            throw plain400(); // malformed HTTP version, invalid method
        }
        req.ProtoMajor = v[0];
        req.ProtoMinor = v[1];
        String rawurl = req.RequestURI;
        boolean justAuthority = req.Method.equals("CONNECT") && !rawurl.startsWith("/");
        if (justAuthority) {
            rawurl = "http://" + rawurl;
        }
        Object[] pu = go4j.std.net.url.Pkg.ParseRequestURI(rawurl);
        if (pu[1] != null) {
            throw plain400();
        }
        req.URL = (URL) pu[0];
        if (justAuthority) {
            req.URL.Scheme = "";
        }
        try {
            req.Header = Wire.readHeader(in);
        } catch (Wire.ProtocolError e) {
            throw plain400();
        }
        SliceL hosts = Transfer.values(req.Header, "Host");
        if (SliceL.len(hosts) > 1) {
            throw plain400(); // too many Host headers
        }
        req.Host = req.URL.Host;
        if (req.Host.isEmpty()) {
            req.Host = Header.get(req.Header, "Host");
        }
        if (Header.get(req.Header, "Pragma").equals("no-cache") && !Header.has(req.Header, "Cache-Control")) {
            Header.Set(req.Header, "Cache-Control", "no-cache");
        }
        req.Close = Pkg.shouldClose(req.ProtoMajor, req.ProtoMinor, req.Header);
        try {
            Transfer.readRequestBody(req, in);
        } catch (Transfer.Unsupported e) {
            String st = "501 Not Implemented";
            throw new BadRequest("HTTP/1.1 " + st + ERROR_HEADERS + "Unsupported transfer encoding");
        } catch (Transfer.BadLength e) {
            throw plain400();
        }
        return req;
    }
}
