package go4j.std.net.http;

import go4j.fn.M$Flush$$V;
import go4j.fn.M$Header$$L;
import go4j.fn.M$WriteHeader$J$V;
import go4j.lang.GoMap;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.Writer;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The server's {@code http.ResponseWriter}, Go's {@code *http.response}, with Go 1.19's
 * behaviour: the handler's writes go through a 2048-byte buffer, so a response the handler
 * finishes within it gets a Content-Length, a longer one is chunked (HTTP/1.1) or ends with
 * the connection (HTTP/1.0); the header is written when the buffer first flushes: the
 * handler's header in sorted order, then Date, Content-Length, a sniffed Content-Type
 * ({@link Sniff}), Connection and Transfer-Encoding, as Go's chunkWriter writes them.
 */
final class ResponseImpl implements GoValue, Writer, M$Header$$L, M$WriteHeader$J$V, M$Flush$$V {
    static final RType TYPE = RType.pointer(RType.named("net/http", "response").setUnderlying(RType.struct(List.of())));

    /** Go's bufferBeforeChunkingSize. */
    private static final int BUFFER_BEFORE_CHUNKING = 2048;
    /** Go's maxPostHandlerReadBytes: how much of an unread request body the server discards. */
    static final long MAX_POST_HANDLER_READ = 256 << 10;

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    final ServerConn conn;
    final Request req;
    final Object reqBody;
    private final GoMap handlerHeader = GoMap.make(0);
    private GoMap cwHeader;              // the header snapshot taken at WriteHeader, when Header() was called
    private boolean calledHeader;
    boolean wroteHeader;
    long status;
    long contentLength = -1;             // from an explicit Content-Length header
    long written;
    boolean handlerDone;
    boolean closeAfterReply;
    boolean requestBodyLimitHit;
    final boolean wants10KeepAlive;
    final boolean wantsClose;
    boolean canWriteContinue;            // an Expect: 100-continue not yet answered
    private final byte[] buf = new byte[BUFFER_BEFORE_CHUNKING];
    private int n;
    private boolean cwWroteHeader;
    private boolean chunking;

    ResponseImpl(ServerConn conn, Request req) {
        this.conn = conn;
        this.req = req;
        this.reqBody = req.Body;
        this.wants10KeepAlive = req.ProtoMajor == 1 && req.ProtoMinor == 0
                && Pkg.hasToken(Header.get(req.Header, "Connection"), "keep-alive");
        this.wantsClose = req.Close || Pkg.hasToken(Header.get(req.Header, "Connection"), "close");
    }

    /** Go's {@code Header}: the map the handler fills before WriteHeader. */
    @Override
    public GoMap Header() {
        if (cwHeader == null && wroteHeader && !cwWroteHeader) {
            cwHeader = Header.Clone(handlerHeader);
        }
        calledHeader = true;
        return handlerHeader;
    }

    /**
     * Go's {@code WriteHeader}: a second call is logged ({@code http: superfluous
     * response.WriteHeader call from ...}); a 1xx status is written at once.
     *
     * @throws GoPanic {@code invalid WriteHeader code N} for a code outside 100-999
     */
    @Override
    public void WriteHeader(long code) {
        if (wroteHeader) {
            StackTraceElement c = relevantCaller();
            String file = c == null || c.getFileName() == null ? "?" : c.getFileName();
            conn.srv.logf("http: superfluous response.WriteHeader call from %s (%s:%d)",
                    c == null ? "?" : c.getClassName() + "." + c.getMethodName(),
                    file.substring(file.lastIndexOf('/') + 1), c == null ? 0L : (long) c.getLineNumber());
            return;
        }
        if (code < 100 || code > 999) {
            throw new GoPanic("invalid WriteHeader code " + code);
        }
        if (code >= 100 && code <= 199) {
            if (code == 100) {
                canWriteContinue = false;
            }
            StringBuilder sb = new StringBuilder();
            statusLine(sb, req.ProtoAtLeast(1, 1), code);
            Wire.writeHeader(sb, handlerHeader, Set.of("Content-Type", "Content-Length", "Transfer-Encoding"));
            sb.append("\r\n");
            try {
                conn.writeRaw(sb.toString());
                conn.flush();
            } catch (IOException e) {
                // recorded as the connection's write error
            }
            return;
        }
        wroteHeader = true;
        status = code;
        if (calledHeader && cwHeader == null) {
            cwHeader = Header.Clone(handlerHeader);
        }
        String cl = Header.get(handlerHeader, "Content-Length");
        if (!cl.isEmpty()) {
            long v = parseInt(cl);
            if (v >= 0) {
                contentLength = v;
            } else {
                conn.srv.logf("http: invalid Content-Length of %q", cl);
                GoMap.delete(handlerHeader, "Content-Length");
            }
        }
    }

    private static long parseInt(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The first frame of the program (not go4j's), as Go's relevantCaller finds the first outside net/http. */
    private static StackTraceElement relevantCaller() {
        return StackWalker.getInstance().walk(s -> s.map(f -> go4j.lang.Rt.goFrame(f.toStackTraceElement()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    private boolean bodyAllowed() {
        return Pkg.bodyAllowedForStatus(status);
    }

    /** Go's {@code Write}: {@code {Long n, err}}. */
    @Override
    public Object[] Write(SliceB p) {
        canWriteContinue = false;
        if (!wroteHeader) {
            WriteHeader(200);
        }
        int len = (int) Slice.len(p);
        if (len == 0) {
            return new Object[] {0L, null};
        }
        if (!bodyAllowed()) {
            return new Object[] {0L, Pkg.ErrBodyNotAllowed};
        }
        written += len;
        if (contentLength != -1 && written > contentLength) {
            return new Object[] {0L, Pkg.ErrContentLength};
        }
        try {
            bufWrite(p.array, p.offset, len);
            return new Object[] {(long) len, null};
        } catch (IOException e) {
            return new Object[] {0L, conn.writeError(e)};
        }
    }

    /** bufio.Writer.Write over the chunk writer: a write larger than the free space, with nothing buffered, goes straight through. */
    private void bufWrite(byte[] b, int off, int len) throws IOException {
        while (len > buf.length - n) {
            int m;
            if (n == 0) {
                cwWrite(b, off, len);
                m = len;
            } else {
                m = buf.length - n;
                System.arraycopy(b, off, buf, n, m);
                n += m;
                bufFlush();
            }
            off += m;
            len -= m;
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    private void bufFlush() throws IOException {
        if (n == 0) {
            return;
        }
        int m = n;
        n = 0;
        cwWrite(buf, 0, m);
    }

    /** Go's chunkWriter.Write: the header first, then the bytes (in a chunk when chunking; none for HEAD). */
    private void cwWrite(byte[] b, int off, int len) throws IOException {
        if (!cwWroteHeader) {
            writeHeader(b, off, len);
        }
        if (req.Method.equals("HEAD")) {
            return;
        }
        if (chunking) {
            conn.writeRaw(Integer.toHexString(len) + "\r\n");
        }
        conn.write(b, off, len);
        if (chunking) {
            conn.writeRaw("\r\n");
        }
    }

    /** Go's {@code Flush} (http.Flusher): the header if not yet written, and everything buffered. */
    @Override
    public void Flush() {
        if (!wroteHeader) {
            WriteHeader(200);
        }
        try {
            bufFlush();
            if (!cwWroteHeader) {
                writeHeader(null, 0, 0);
            }
            conn.flush();
        } catch (IOException e) {
            conn.writeError(e);
        }
    }

    /** After the handler: flush, end a chunked body, close the request body. */
    void finishRequest() throws IOException {
        handlerDone = true;
        if (!wroteHeader) {
            WriteHeader(200);
        }
        try {
            bufFlush();
            if (!cwWroteHeader) {
                writeHeader(null, 0, 0);
            }
            if (chunking) {
                conn.writeRaw("0\r\n\r\n");
            }
            conn.flush();
        } finally {
            if (reqBody != null) {
                go4j.std.io.Streams.close(reqBody);
            }
        }
    }

    /** Whether the connection can serve another request after this one. */
    boolean shouldReuseConnection() {
        if (closeAfterReply) {
            return false;
        }
        if (!req.Method.equals("HEAD") && contentLength != -1 && bodyAllowed() && contentLength != written) {
            return false; // did not write what it declared: out of sync
        }
        if (conn.werr != null) {
            return false;
        }
        return !closedRequestBodyEarly();
    }

    boolean closedRequestBodyEarly() {
        return reqBody instanceof Body b && b.closed() && !b.sawEOF();
    }

    static void statusLine(StringBuilder sb, boolean is11, long code) {
        sb.append(is11 ? "HTTP/1.1 " : "HTTP/1.0 ");
        String text = Pkg.StatusText(code);
        sb.append(code).append(' ').append(text.isEmpty() ? "status code " + code : text).append("\r\n");
    }

    /** Go's chunkWriter.writeHeader, p being the first bytes of the body (to sniff). */
    private void writeHeader(byte[] p, int off, int len) throws IOException {
        cwWroteHeader = true;
        boolean keepAlivesEnabled = conn.srv.keepAlivesEnabled();
        boolean isHEAD = req.Method.equals("HEAD");
        boolean owned = cwHeader != null;
        GoMap header = owned ? cwHeader : handlerHeader;
        Set<String> exclude = new HashSet<>();
        java.util.function.Consumer<String> delHeader = key -> {
            if (owned) {
                GoMap.delete(header, key);
            } else if (Header.has(header, key)) {
                exclude.add(key);
            }
        };
        String setContentType = "";
        String setConnection = "";
        String setTransferEncoding = "";
        String setContentLength = null;

        String te = Header.get(header, "Transfer-Encoding");
        boolean hasTE = !te.isEmpty();
        if (handlerDone && !hasTE && Pkg.bodyAllowedForStatus(status) && Header.get(header, "Content-Length").isEmpty()
                && (!isHEAD || len > 0)) {
            contentLength = len;
            setContentLength = Integer.toString(len);
        }
        if (wants10KeepAlive && keepAlivesEnabled) {
            boolean sentLength = !Header.get(header, "Content-Length").isEmpty();
            if (sentLength && Header.get(header, "Connection").equals("keep-alive")) {
                closeAfterReply = false;
            }
        }
        boolean hasCL = contentLength != -1;
        if (wants10KeepAlive && (isHEAD || hasCL || !Pkg.bodyAllowedForStatus(status))) {
            if (!Header.has(header, "Connection")) {
                setConnection = "keep-alive";
            }
        } else if (!req.ProtoAtLeast(1, 1) || wantsClose) {
            closeAfterReply = true;
        }
        if (Header.get(header, "Connection").equals("close") || !keepAlivesEnabled) {
            closeAfterReply = true;
        }
        if (reqBody instanceof Body b && b.beforeRead != null && !b.sawEOF()) {
            closeAfterReply = true; // an Expect: 100-continue body never read: the client's state is unknown
        }
        if (req.ContentLength != 0 && !closeAfterReply) {
            boolean tooBig = false;
            if (reqBody instanceof Body b) {
                if (b.closed()) {
                    if (!b.sawEOF()) {
                        closeAfterReply = true;
                    }
                } else if (b.remaining() >= MAX_POST_HANDLER_READ) {
                    tooBig = true;
                } else {
                    switch (b.discard(MAX_POST_HANDLER_READ)) {
                        case Body.DISCARD_EOF -> {
                        }
                        case Body.DISCARD_MORE -> tooBig = true;
                        default -> closeAfterReply = true;
                    }
                }
            }
            if (tooBig) {
                closeAfterReply = true;
                requestBodyLimitHit = true;
                delHeader.accept("Connection");
                setConnection = "close";
            }
        }
        if (Pkg.bodyAllowedForStatus(status)) {
            boolean haveType = Header.has(header, "Content-Type");
            boolean hasCE = !Header.Get(header, "Content-Encoding").isEmpty();
            if (!hasCE && !haveType && !hasTE && len > 0) {
                setContentType = Sniff.detect(p, off, len);
            }
        } else {
            for (String k : suppressedHeaders(status)) {
                delHeader.accept(k);
            }
        }
        String date = null;
        if (!Header.has(header, "Date")) {
            date = ZonedDateTime.now(ZoneOffset.UTC).format(HTTP_DATE);
        }
        if (hasCL && hasTE && !te.equals("identity")) {
            conn.srv.logf("http: WriteHeader called with both Transfer-Encoding of %q and a Content-Length of %d", te, contentLength);
            delHeader.accept("Content-Length");
            hasCL = false;
        }
        if (isHEAD || !Pkg.bodyAllowedForStatus(status) || status == 204) {
            delHeader.accept("Transfer-Encoding");
        } else if (hasCL) {
            delHeader.accept("Transfer-Encoding");
        } else if (req.ProtoAtLeast(1, 1)) {
            if (hasTE && te.equals("identity")) {
                chunking = false;
                closeAfterReply = true;
                delHeader.accept("Transfer-Encoding");
            } else {
                chunking = true;
                setTransferEncoding = "chunked";
                if (hasTE && te.equals("chunked")) {
                    delHeader.accept("Transfer-Encoding");
                }
            }
        } else {
            closeAfterReply = true;
            delHeader.accept("Transfer-Encoding");
        }
        if (chunking) {
            delHeader.accept("Content-Length");
        }
        if (!req.ProtoAtLeast(1, 0)) {
            return;
        }
        String cwConnection = cwHeader == null ? "" : Header.get(cwHeader, "Connection");
        // (Go also keeps it for a 101 Switching Protocols, which WriteHeader never gets here)
        boolean delConnectionHeader = closeAfterReply && (!keepAlivesEnabled || !Pkg.hasToken(cwConnection, "close"));
        if (delConnectionHeader) {
            delHeader.accept("Connection");
            if (req.ProtoAtLeast(1, 1)) {
                setConnection = "close";
            }
        }
        StringBuilder sb = new StringBuilder(256);
        statusLine(sb, req.ProtoAtLeast(1, 1), status);
        Wire.writeHeader(sb, header, exclude);
        if (date != null) {
            sb.append("Date: ").append(date).append("\r\n");
        }
        if (setContentLength != null) {
            sb.append("Content-Length: ").append(setContentLength).append("\r\n");
        }
        if (!setContentType.isEmpty()) {
            sb.append("Content-Type: ").append(setContentType).append("\r\n");
        }
        if (!setConnection.isEmpty()) {
            sb.append("Connection: ").append(setConnection).append("\r\n");
        }
        if (!setTransferEncoding.isEmpty()) {
            sb.append("Transfer-Encoding: ").append(setTransferEncoding).append("\r\n");
        }
        sb.append("\r\n");
        conn.writeRaw(sb.toString());
    }

    /** The headers a response without a body must not have: Go's suppressedHeaders. */
    private static List<String> suppressedHeaders(long status) {
        if (status == 304) {
            return List.of("Content-Type", "Content-Length", "Transfer-Encoding");
        }
        if (!Pkg.bodyAllowedForStatus(status)) {
            return List.of("Content-Length", "Transfer-Encoding");
        }
        return List.of();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
