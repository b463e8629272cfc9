package go4j.std.net.http;

import go4j.Chan;
import go4j.Go;
import go4j.fn.F$$V;
import go4j.fn.M$Close$$L;
import go4j.fn.M$Done$$L;
import go4j.fn.M$Err$$L;
import go4j.lang.ErrorString;
import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Rt;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Strconv;
import go4j.std.io.Streams;
import go4j.std.net.url.URL;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The client's HTTP/1.1 transport, Go's {@code http.Transport} with its defaults: a
 * connection per request from {@code net.Dial}, kept alive and reused (at most 2 idle ones
 * per host, as Go's MaxIdleConnsPerHost) once the response body was read to its end; the
 * request written as Go writes it ({@code Host}, {@code User-Agent: Go-http-client/1.1},
 * Content-Length or chunked, the header sorted, {@code Accept-Encoding: gzip}); a gzip
 * response undone transparently. A request whose context can end, or a Client with a
 * Timeout, gets a goroutine that closes the connection when it ends, so that a read blocked
 * on it returns. Only http: an https URL is an error ({@code go4j: https is not supported
 * yet}).
 */
final class Transport {
    static final Transport DEFAULT = new Transport();

    private static final int MAX_IDLE_PER_HOST = 2;
    private static final Set<String> REQ_WRITE_EXCLUDE = Set.of("Host", "User-Agent", "Content-Length", "Transfer-Encoding", "Trailer");

    private final Map<String, ArrayDeque<PConn>> idle = new HashMap<>();

    /** A connection: the Go net.Conn, and the buffered streams over it. */
    static final class PConn {
        final Object conn;
        final String key;
        final Wire.In in;
        final OutputStream out;
        boolean reused;

        PConn(Object conn, String key) {
            this.conn = conn;
            this.key = key;
            this.in = new Wire.In(Streams.inputStream(conn));
            this.out = new BufferedOutputStream(Streams.outputStream(conn), 4 << 10);
        }

        void close() {
            try {
                ((M$Close$$L) conn).Close();
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
    }

    private synchronized PConn takeIdle(String key) {
        ArrayDeque<PConn> q = idle.get(key);
        if (q == null || q.isEmpty()) {
            return null;
        }
        PConn pc = q.pollLast();
        pc.reused = true;
        return pc;
    }

    private void putIdle(PConn pc) {
        synchronized (this) {
            ArrayDeque<PConn> q = idle.computeIfAbsent(pc.key, k -> new ArrayDeque<>());
            if (q.size() < MAX_IDLE_PER_HOST) {
                q.addLast(pc);
                return;
            }
        }
        pc.close();
    }

    synchronized void closeIdle() {
        for (ArrayDeque<PConn> q : idle.values()) {
            for (PConn pc : q) {
                pc.close();
            }
        }
        idle.clear();
    }

    /**
     * Watches a request's context (and the Client's Timeout): when it ends first, the
     * connection in use is closed, so that whatever waits on it returns.
     */
    private static final class Watch {
        final Object parent;
        final Object ctx;
        final Object cancel;
        final boolean clientTimeout;
        final Chan<Object> finished = new Chan<>();
        volatile PConn current;
        volatile boolean fired;
        private boolean done;

        Watch(Object parent, long timeout) {
            this.parent = parent;
            this.clientTimeout = timeout > 0;
            if (timeout > 0) {
                Object[] r = go4j.std.context.Pkg.WithTimeout(parent, timeout);
                ctx = r[0];
                cancel = r[1];
            } else {
                ctx = parent;
                cancel = null;
            }
            Object doneCh = ((M$Done$$L) ctx).Done();
            if (doneCh instanceof Chan<?> dc) {
                @SuppressWarnings("unchecked")
                Chan<Object> d = (Chan<Object>) dc;
                Rt.go(() -> {
                    boolean ended = Go.select(d.onRecv(x -> Boolean.TRUE), finished.onRecv(x -> Boolean.FALSE));
                    if (ended) {
                        fired = true;
                        PConn pc = current;
                        if (pc != null) {
                            pc.close();
                        }
                    }
                });
            }
        }

        void attach(PConn pc) {
            current = pc;
            if (fired) {
                pc.close();
            }
        }

        synchronized void finish() {
            if (!done) {
                done = true;
                finished.close();
                if (cancel != null) {
                    ((F$$V) cancel).call();
                }
            }
        }

        /** The Go error a canceled exchange reports, before the response or while reading its body. */
        Object error(boolean readingBody) {
            Object perr = ((M$Err$$L) parent).Err();
            if (perr != null || !clientTimeout) {
                return perr != null ? perr : ((M$Err$$L) ctx).Err();
            }
            String base = ((go4j.lang.GoError) ((M$Err$$L) ctx).Err()).Error();
            return new HttpError(base + (readingBody ? " (Client.Timeout or context cancellation while reading body)"
                    : " (Client.Timeout exceeded while awaiting headers)"), true);
        }
    }

    private static Object err(String text) {
        return ErrorString.of(text);
    }

    private static void closeBody(Request req) {
        if (req.Body != null) {
            Streams.close(req.Body);
        }
    }

    /** Go's canonicalAddr: host:port, the scheme's port when none. */
    private static String canonicalAddr(URL u) {
        String port = u.Port();
        if (port.isEmpty()) {
            port = u.Scheme.equals("https") ? "443" : "80";
        }
        return go4j.std.net.Pkg.JoinHostPort(u.Hostname(), port);
    }

    private static boolean idempotent(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
    }

    /**
     * Sends req and reads the response's head.
     *
     * @param deadline the Client's deadline (System.nanoTime), 0 for none
     * @return {@code {Response, Object err}}
     */
    Object[] roundTrip(Request req, long deadline) {
        URL u = req.URL;
        if (req.Header == null) {
            closeBody(req);
            return new Object[] {null, err("http: nil Request.Header")};
        }
        if (!u.Scheme.equals("http")) {
            closeBody(req);
            if (u.Scheme.equals("https")) {
                return new Object[] {null, err("go4j: https is not supported yet")};
            }
            return new Object[] {null, err("unsupported protocol scheme " + Strconv.quote(u.Scheme))};
        }
        for (GoMap.Iter it = GoMap.iter(req.Header); it.next(); ) {
            String k = (String) it.key();
            if (!Wire.isToken(k)) {
                closeBody(req);
                return new Object[] {null, err("net/http: invalid header field name " + Strconv.quote(k))};
            }
            for (Object v : SliceL.toArray((SliceL) it.value())) {
                if (!Wire.validHeaderValue((String) v)) {
                    closeBody(req);
                    return new Object[] {null, err("net/http: invalid header field value for " + Strconv.quote(k))};
                }
            }
        }
        if (u.Host.isEmpty()) {
            closeBody(req);
            return new Object[] {null, err("http: no Host in request URL")};
        }
        String method = req.Method.isEmpty() ? "GET" : req.Method;
        if (!Wire.isToken(method)) {
            closeBody(req);
            return new Object[] {null, err("net/http: invalid method " + Strconv.quote(method))};
        }
        String addr = canonicalAddr(u);
        String key = "http|" + addr;
        Object ctx = req.Context();
        long timeout = deadline == 0 ? 0 : Math.max(1, deadline - System.nanoTime());
        Watch watch = ((M$Done$$L) ctx).Done() != null || timeout > 0 ? new Watch(ctx, timeout) : null;
        boolean replayable = idempotent(method) && (req.Body == null || req.Body == Pkg.NoBody);
        for (;;) {
            PConn pc = takeIdle(key);
            if (pc == null) {
                Object[] d = timeout > 0 ? go4j.std.net.Pkg.DialTimeout("tcp", addr, Math.max(1, deadline - System.nanoTime()))
                        : go4j.std.net.Pkg.Dial("tcp", addr);
                if (d[1] != null) {
                    closeBody(req);
                    Object e = d[1];
                    if (watch != null) {
                        if (watch.fired) {
                            e = watch.error(false);
                        }
                        watch.finish();
                    }
                    return new Object[] {null, e};
                }
                pc = new PConn(d[0], key);
            }
            if (watch != null) {
                watch.attach(pc);
            }
            boolean[] readAny = new boolean[1];
            try {
                boolean gzip = writeRequest(pc, req, method);
                Response resp = readResponse(pc, req, method, readAny);
                if (watch != null && watch.fired) {
                    throw new IOException("canceled"); // the context ended as the head came
                }
                finishHead(pc, req, resp, gzip, watch);
                return new Object[] {resp, null};
            } catch (Failure f) {
                pc.close();
                closeBody(req);
                if (watch != null) {
                    watch.finish();
                }
                return new Object[] {null, f.err};
            } catch (IOException e) {
                pc.close();
                if (watch != null && watch.fired) {
                    closeBody(req);
                    watch.finish();
                    return new Object[] {null, watch.error(false)};
                }
                if (pc.reused && !readAny[0] && replayable) {
                    continue; // the server closed a kept-alive connection: try a new one, as Go does
                }
                closeBody(req);
                if (watch != null) {
                    watch.finish();
                }
                Object e2;
                if (e instanceof Streams.GoIOException g) {
                    e2 = g.err;
                } else if (e instanceof Wire.UnexpectedEOF) {
                    e2 = readAny[0] ? go4j.std.io.Pkg.ErrUnexpectedEOF : go4j.std.io.Pkg.EOF;
                } else if (e instanceof Wire.TooLarge) {
                    e2 = err("net/http: server response headers exceeded 1048576 bytes; aborted");
                } else {
                    e2 = err(Str.fromJava(String.valueOf(e.getMessage())));
                }
                return new Object[] {null, e2};
            }
        }
    }

    /** A request that cannot be sent, or a response that cannot be read, with Go's error. */
    private static final class Failure extends Exception {
        final transient Object err;

        Failure(Object err) {
            super(null, null, false, false);
            this.err = err;
        }
    }

    private static String cleanHost(String host) {
        int i = 0;
        while (i < host.length() && " /\t\r\n".indexOf(host.charAt(i)) < 0) {
            i++;
        }
        return host.substring(0, i);
    }

    /** Writes the request as Go's Request.write does; returns whether gzip was asked for. */
    private boolean writeRequest(PConn pc, Request req, String method) throws IOException, Failure {
        URL u = req.URL;
        String host = cleanHost(req.Host.isEmpty() ? u.Host : req.Host);
        if (host.isEmpty()) {
            host = cleanHost(u.Host);
        }
        if (host.startsWith("[") && host.indexOf('%') > 0) {
            int pct = host.indexOf('%');
            int end = host.indexOf(']');
            host = host.substring(0, pct) + (end > pct ? host.substring(end) : "");
        }
        String ruri = u.RequestURI();
        for (int i = 0; i < ruri.length(); i++) {
            char c = ruri.charAt(i);
            if (c < ' ' || c == 0x7f) {
                throw new Failure(err("net/http: can't write control character in Request.URL"));
            }
        }
        long outgoing = req.Body == null || req.Body == Pkg.NoBody ? 0 : req.ContentLength != 0 ? req.ContentLength : -1;
        if (req.ContentLength != 0 && req.Body == null) {
            throw new Failure(err("http: Request.ContentLength=" + req.ContentLength + " with nil Body"));
        }
        boolean chunked = outgoing < 0 && !method.equals("CONNECT");
        StringBuilder sb = new StringBuilder(256);
        sb.append(method).append(' ').append(ruri).append(" HTTP/1.1\r\n");
        sb.append("Host: ").append(host).append("\r\n");
        String ua = Header.has(req.Header, "User-Agent") ? Header.get(req.Header, "User-Agent") : "Go-http-client/1.1";
        if (!ua.isEmpty()) {
            sb.append("User-Agent: ").append(Wire.trimSpace(ua.replace('\r', ' ').replace('\n', ' '))).append("\r\n");
        }
        if (req.Close && !Pkg.hasToken(Header.get(req.Header, "Connection"), "close")) {
            sb.append("Connection: close\r\n");
        }
        boolean sendCL;
        if (chunked) {
            sendCL = false;
        } else if (outgoing > 0) {
            sendCL = true;
        } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            sendCL = true;
        } else {
            sendCL = !method.equals("GET") && !method.equals("HEAD");
        }
        if (sendCL) {
            sb.append("Content-Length: ").append(Math.max(outgoing, 0)).append("\r\n");
        } else if (chunked) {
            sb.append("Transfer-Encoding: chunked\r\n");
        }
        Wire.writeHeader(sb, req.Header, REQ_WRITE_EXCLUDE);
        boolean gzip = Header.get(req.Header, "Accept-Encoding").isEmpty() && Header.get(req.Header, "Range").isEmpty()
                && !method.equals("HEAD");
        if (gzip) {
            sb.append("Accept-Encoding: gzip\r\n");
        }
        sb.append("\r\n");
        Wire.write(pc.out, sb.toString());
        if (outgoing != 0) {
            writeBody(pc, req, outgoing);
        } else if (req.Body != null) {
            Streams.close(req.Body);
        }
        pc.out.flush();
        return gzip;
    }

    private static void writeBody(PConn pc, Request req, long outgoing) throws IOException, Failure {
        SliceB buf = SliceB.make(32 * 1024);
        long n = 0;
        try {
            for (;;) {
                SliceB p = outgoing > 0 ? SliceB.slice(buf, 0, Math.min(buf.len, Math.max(1, outgoing - n + 1))) : buf;
                Object[] r = Streams.read(req.Body, p);
                long m = Streams.n(r);
                if (m > 0) {
                    if (outgoing > 0) {
                        long take = Math.min(m, outgoing - n);
                        pc.out.write(p.array, p.offset, (int) take);
                        if (take < m) {
                            n += m; // more than declared: Go reports the length it saw
                            throw new Failure(err("http: ContentLength=" + outgoing + " with Body length " + n));
                        }
                    } else {
                        Wire.write(pc.out, Long.toHexString(m) + "\r\n");
                        pc.out.write(p.array, p.offset, (int) m);
                        Wire.write(pc.out, "\r\n");
                    }
                    n += m;
                }
                if (r[1] == go4j.std.io.Pkg.EOF) {
                    break;
                }
                if (r[1] != null) {
                    throw new Failure(r[1]);
                }
            }
            if (outgoing > 0 && n != outgoing) {
                throw new Failure(err("http: ContentLength=" + outgoing + " with Body length " + n));
            }
            if (outgoing < 0) {
                Wire.write(pc.out, "0\r\n\r\n");
            }
        } finally {
            Streams.close(req.Body);
        }
    }

    private static Response readResponse(PConn pc, Request req, String method, boolean[] readAny) throws IOException, Failure {
        for (;;) {
            String line = pc.in.readLine();
            if (line == null) {
                throw new Wire.UnexpectedEOF();
            }
            readAny[0] = true;
            Response resp = new Response();
            int sp = line.indexOf(' ');
            if (sp < 0) {
                throw new Failure(err("malformed HTTP response " + Strconv.quote(line)));
            }
            resp.Proto = line.substring(0, sp);
            String status = line.substring(sp + 1);
            int i = 0;
            while (i < status.length() && status.charAt(i) == ' ') {
                i++;
            }
            resp.Status = status.substring(i);
            int sp2 = resp.Status.indexOf(' ');
            String code = sp2 < 0 ? resp.Status : resp.Status.substring(0, sp2);
            if (code.length() != 3 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new Failure(err("malformed HTTP status code " + Strconv.quote(code)));
            }
            resp.StatusCode = Long.parseLong(code);
            long[] v = Pkg.parseHTTPVersion(resp.Proto);
            if (v == null) {
                throw new Failure(err("malformed HTTP version " + Strconv.quote(resp.Proto)));
            }
            resp.ProtoMajor = v[0];
            resp.ProtoMinor = v[1];
            try {
                resp.Header = Wire.readHeader(pc.in);
            } catch (Wire.ProtocolError e) {
                throw new Failure(err(e.text));
            }
            if (resp.StatusCode >= 100 && resp.StatusCode <= 199 && resp.StatusCode != 101) {
                continue; // an informational response: the real one follows
            }
            if (Header.get(resp.Header, "Pragma").equals("no-cache") && !Header.has(resp.Header, "Cache-Control")) {
                Header.Set(resp.Header, "Cache-Control", "no-cache");
            }
            resp.Request = req;
            try {
                boolean chunked = Transfer.chunked(resp.Header, resp.ProtoMajor, resp.ProtoMinor);
                long real = Transfer.length(true, resp.StatusCode, method, resp.Header, chunked);
                resp.Close = shouldCloseResponse(resp);
                if (method.equals("HEAD")) {
                    String cl = Wire.trimSpace(Header.get(resp.Header, "Content-Length"));
                    resp.ContentLength = cl.isEmpty() ? -1 : parseCL(cl);
                } else {
                    resp.ContentLength = real;
                }
                if (real == -1 && !chunked && Pkg.bodyAllowedForStatus(resp.StatusCode)) {
                    resp.Close = true;
                }
                boolean noBody = method.equals("HEAD") || !Pkg.bodyAllowedForStatus(resp.StatusCode);
                if (chunked) {
                    resp.TransferEncoding = SliceL.of("chunked");
                    resp.Body = noBody ? Pkg.NoBody : new Body(new Wire.Chunked(pc.in));
                } else if (real == 0) {
                    resp.Body = Pkg.NoBody;
                } else if (real > 0) {
                    resp.Body = new Body(new Wire.Fixed(pc.in, real));
                } else if (resp.Close) {
                    resp.Body = new Body(new Wire.UntilClose(pc.in));
                } else {
                    resp.Body = Pkg.NoBody;
                }
            } catch (Transfer.Unsupported | Transfer.BadLength e) {
                throw new Failure(err(Str.fromJava(e.getMessage())));
            }
            return resp;
        }
    }

    private static long parseCL(String cl) throws Failure {
        if (cl.length() > 18 || !cl.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Failure(err("bad Content-Length " + Strconv.quote(cl)));
        }
        return Long.parseLong(cl);
    }

    /** Go's shouldClose for a response: "Connection: close" is taken out of the header. */
    private static boolean shouldCloseResponse(Response resp) {
        if (resp.ProtoMajor < 1) {
            return true;
        }
        String conv = String.join(",", java.util.Arrays.stream(SliceL.toArray(Transfer.values(resp.Header, "Connection")))
                .map(o -> (String) o).toList());
        boolean hasClose = Pkg.hasToken(conv, "close");
        if (resp.ProtoMajor == 1 && resp.ProtoMinor == 0) {
            return hasClose || !Pkg.hasToken(conv, "keep-alive");
        }
        if (hasClose) {
            GoMap.delete(resp.Header, "Connection");
        }
        return hasClose;
    }

    /** Wires the body to the connection's fate: reused after EOF, closed after an early Close. */
    private void finishHead(PConn pc, Request req, Response resp, boolean gzip, Watch watch) {
        boolean reusable = !resp.Close && !req.Close;
        if (!(resp.Body instanceof Body b)) {
            if (reusable) {
                putIdle(pc);
            } else {
                pc.close();
            }
            if (watch != null) {
                watch.finish();
            }
            return;
        }
        b.closedError = err("http: read on closed response body");
        b.onEOF = () -> {
            if (watch != null) {
                watch.finish();
            }
            if (reusable) {
                putIdle(pc);
            } else {
                pc.close();
            }
        };
        b.onClose = eof -> {
            if (!eof) {
                pc.close();
            }
            if (watch != null) {
                watch.finish();
            }
        };
        if (watch != null) {
            b.readError = e -> watch.fired ? watch.error(true) : null;
        }
        if (gzip && Header.get(resp.Header, "Content-Encoding").equalsIgnoreCase("gzip")) {
            GoMap.delete(resp.Header, "Content-Encoding");
            GoMap.delete(resp.Header, "Content-Length");
            resp.ContentLength = -1;
            resp.Uncompressed = true;
            resp.Body = new GzipReader(b);
        }
    }

    /** Go's {@code *http.gzipReader}: a gzip response body, inflated on the fly. */
    static final class GzipReader implements GoValue, Reader, M$Close$$L {
        static final RType TYPE = RType.pointer(RType.named("net/http", "gzipReader").setUnderlying(RType.struct(List.of())));
        private final Body body;
        private InputStream zr;
        private Object err;
        private boolean closed;

        GzipReader(Body body) {
            this.body = body;
        }

        @Override
        public synchronized Object[] Read(SliceB p) {
            if (closed) {
                return new Object[] {0L, err("http: read on closed response body")};
            }
            if (err != null) {
                return new Object[] {0L, err};
            }
            try {
                if (zr == null) {
                    zr = new GZIPInputStream(Streams.inputStream(body));
                }
                int len = (int) Slice.len(p);
                if (len == 0) {
                    return new Object[] {0L, null};
                }
                int n = zr.read(p.array, p.offset, len);
                if (n < 0) {
                    err = go4j.std.io.Pkg.EOF;
                    return new Object[] {0L, err};
                }
                return new Object[] {(long) n, null};
            } catch (Streams.GoIOException e) {
                err = e.err;
            } catch (java.util.zip.ZipException e) {
                err = err("gzip: invalid header");
            } catch (java.io.EOFException e) {
                err = go4j.std.io.Pkg.ErrUnexpectedEOF;
            } catch (IOException e) {
                err = err(Str.fromJava(String.valueOf(e.getMessage())));
            }
            return new Object[] {0L, err};
        }

        @Override
        public synchronized Object Close() {
            closed = true;
            return body.Close();
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }
}
