package go4j.std.net.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.fn.F$LL$V;
import go4j.fn.M$Close$$L;
import go4j.fn.M$RemoteAddr$$L;
import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Stringer;
import go4j.lang.Writer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * net/http's wire format and request parsing: header keys, MIME headers, chunked bodies, and
 * whole requests fed to a server connection over a connection made of bytes. Each expected
 * text is what Go 1.19's net/http reads or writes for the same input.
 */
class WireTest {
    @Test
    void canonicalKeysAreGos() {
        String[][] cases = {
            {"a-b-c", "A-B-C"}, {"a-1-c", "A-1-C"}, {"User-Agent", "User-Agent"}, {"uSER-aGENT", "User-Agent"},
            {"user-agent", "User-Agent"}, {"USER-AGENT", "User-Agent"}, {"foo-bar_baz", "Foo-Bar_baz"},
            {"foo-bar$baz", "Foo-Bar$baz"}, {"foo-bar~baz", "Foo-Bar~baz"}, {"foo-bar*baz", "Foo-Bar*baz"},
            {"foo bar", "foo bar"}, {"foo-bar ", "foo-bar "}, {"content-type", "Content-Type"}, {"", ""},
            {"x-", "X-"}, {"-x", "-X"}, {"héader", "héader"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], Wire.canonicalKey(c[0]), c[0]);
        }
        assertSame("Accept", Wire.canonicalKey("Accept"), "a canonical key is returned as it is");
    }

    @Test
    void headerMethodsCanonicalize() {
        GoMap h = GoMap.make(0);
        Header.Set(h, "content-type", "text/plain");
        Header.Add(h, "X-MULTI", "a");
        Header.Add(h, "x-multi", "b");
        assertEquals("text/plain", Header.Get(h, "CONTENT-TYPE"));
        assertEquals(2, Slice.len(Header.Values(h, "x-Multi")));
        assertTrue(GoMap.lookup(h, "X-Multi") != GoMap.ABSENT);
        Header.Del(h, "X-MULTI");
        assertEquals("", Header.Get(h, "x-multi"));
        assertEquals("", Header.Get(null, "x"), "a nil Header reads empty");
        StringBuilder sb = new StringBuilder();
        Header.Set(h, "B", " two\r\nlines ");
        Header.Set(h, "A", "1");
        Wire.writeHeader(sb, h, null);
        assertEquals("A: 1\r\nB: two  lines\r\nContent-Type: text/plain\r\n", sb.toString(), "sorted, newlines as spaces, trimmed");
    }

    private static Wire.In in(String s) {
        return new Wire.In(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void mimeHeadersAsTextprotoReadsThem() throws Exception {
        GoMap h = Wire.readHeader(in("host: example.com\r\nX-Long: a\r\n  b\r\n\tc\r\nx-long: second\r\nEmpty:\r\n\r\nbody"));
        assertEquals("example.com", Header.get(h, "Host"));
        assertEquals(List.of("a b c", "second"), List.of(SliceL.toArray(Header.Values(h, "X-Long"))));
        assertEquals("", Header.get(h, "Empty"));
        assertTrue(Header.has(h, "Empty"));
        assertEquals("malformed MIME header: missing colon: \"no colon here\"",
                assertThrows(Wire.ProtocolError.class, () -> Wire.readHeader(in("no colon here\r\n\r\n"))).text);
        assertEquals("malformed MIME header initial line:  leading",
                assertThrows(Wire.ProtocolError.class, () -> Wire.readHeader(in(" leading\r\n\r\n"))).text);
        assertThrows(Wire.UnexpectedEOF.class, () -> Wire.readHeader(in("A: b\r\n")));
    }

    @Test
    void chunkedBodies() throws Exception {
        Wire.In in = in("5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\nNEXT");
        Wire.Chunked c = new Wire.Chunked(in);
        byte[] buf = new byte[64];
        StringBuilder got = new StringBuilder();
        for (int n; (n = c.read(buf, 0, buf.length)) >= 0; ) {
            got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        }
        assertEquals("hello world", got.toString());
        assertEquals("NEXT", in.readLine(), "the trailer is read past");
        assertThrows(java.io.IOException.class, () -> new Wire.Chunked(in("zz\r\n")).read(buf, 0, 10));
        Wire.Chunked cut = new Wire.Chunked(in("5\r\nhe"));
        assertEquals(2, cut.read(buf, 0, 5), "the bytes that came");
        assertThrows(Wire.UnexpectedEOF.class, () -> cut.read(buf, 0, 5), "then the body is cut short");
    }

    /** A net.Conn made of bytes: reads the request, records the response. */
    static final class FakeConn implements GoValue, Reader, Writer, M$Close$$L, M$RemoteAddr$$L {
        final ByteArrayInputStream in;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        FakeConn(String request) {
            in = new ByteArrayInputStream(request.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public Object[] Read(SliceB p) {
            int n = in.read(p.array, p.offset, p.len);
            return n < 0 ? new Object[] {0L, go4j.std.io.Pkg.EOF} : new Object[] {(long) n, null};
        }

        @Override
        public synchronized Object[] Write(SliceB p) {
            out.write(p.array, p.offset, p.len);
            return new Object[] {(long) p.len, null};
        }

        @Override
        public Object Close() {
            return null;
        }

        @Override
        public Object RemoteAddr() {
            return (Stringer) () -> "192.0.2.1:1234";
        }

        @Override
        public RType goType() {
            return RType.pointer(RType.named("test", "fakeConn").setUnderlying(RType.struct(List.of())));
        }

        synchronized String response() {
            return out.toString(StandardCharsets.ISO_8859_1).replaceAll("Date: [^\r]*", "Date: DATE");
        }
    }

    /** Serves the raw requests with handler; returns the response bytes. */
    private static String serve(String requests, BiConsumer<Object, Request> handler) {
        Server srv = new Server();
        srv.Handler = new HandlerFunc((F$LL$V) (w, r) -> handler.accept(w, (Request) r));
        FakeConn c = new FakeConn(requests);
        new ServerConn(srv, c).serve();
        return c.response();
    }

    private static void write(Object w, String s) {
        ((Writer) w).Write(Str.toBytes(s));
    }

    @Test
    void requestsAreParsedAsGoParsesThem() {
        List<Request> seen = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        String resp = serve("GET /a/b%20c?x=1&y=%zz HTTP/1.1\r\nHost: example.com:8080\r\nuser-agent: t\r\nX-Two: 1\r\nx-two: 2\r\n\r\n"
                + "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
                (w, r) -> {
                    seen.add(r);
                    bodies.add(SliceB.toGoString((SliceB) go4j.std.io.Pkg.ReadAll(r.Body)[0]));
                    write(w, "ok");
                });
        assertEquals(3, seen.size(), resp);
        Request get = seen.get(0);
        assertEquals("GET", get.Method);
        assertEquals("/a/b%20c?x=1&y=%zz", get.RequestURI);
        assertEquals("/a/b c", get.URL.Path);
        assertEquals("x=1&y=%zz", get.URL.RawQuery);
        assertEquals("example.com:8080", get.Host);
        assertEquals("192.0.2.1:1234", get.RemoteAddr);
        assertEquals("HTTP/1.1", get.Proto);
        assertFalse(Header.has(get.Header, "Host"), "Host moves to Request.Host");
        assertEquals("t", Header.get(get.Header, "User-Agent"));
        assertEquals(2, Slice.len(Header.Values(get.Header, "X-Two")));
        assertSame(Pkg.NoBody, get.Body, "no body: http.NoBody");
        assertEquals(0, get.ContentLength);
        assertEquals("hello", bodies.get(1));
        assertEquals(5, seen.get(1).ContentLength);
        Request put = seen.get(2);
        assertEquals(-1, put.ContentLength);
        assertEquals("abc", bodies.get(2));
        assertEquals(List.of("chunked"), List.of(SliceL.toArray(put.TransferEncoding)));
        assertTrue(put.Close);
        assertEquals("HTTP/1.1 200 OK\r\nDate: DATE\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nok".repeat(2)
                + "HTTP/1.1 200 OK\r\nDate: DATE\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nok",
                resp);
    }

    @Test
    void badRequestsGetGosAnswers() {
        BiConsumer<Object, Request> none = (w, r) -> write(w, "unexpected");
        String headers = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n";
        assertEquals("HTTP/1.1 400 Bad Request" + headers + "400 Bad Request", serve("GARBAGE\r\n\r\n", none));
        assertEquals("HTTP/1.1 400 Bad Request" + headers + "400 Bad Request", serve("GET / HTTP/9\r\n\r\n", none));
        assertEquals("HTTP/1.1 400 Bad Request: missing required Host header" + headers
                + "400 Bad Request: missing required Host header", serve("GET / HTTP/1.1\r\n\r\n", none));
        assertEquals("HTTP/1.1 505 HTTP Version Not Supported: unsupported protocol version" + headers
                + "505 HTTP Version Not Supported: unsupported protocol version", serve("GET / HTTP/2.0\r\nHost: h\r\n\r\n", none));
        assertEquals("HTTP/1.1 501 Not Implemented" + headers + "Unsupported transfer encoding",
                serve("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", none));
        assertEquals("HTTP/1.1 400 Bad Request" + headers + "400 Bad Request",
                serve("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", none));
        assertEquals("HTTP/1.1 400 Bad Request: invalid header name" + headers + "400 Bad Request: invalid header name",
                serve("GET / HTTP/1.1\r\nHost: h\r\nBad Key: v\r\n\r\n", none));
        assertEquals("", serve("", none), "a connection closed before a request gets no answer");
    }

    @Test
    void responsesAreFramedAsGoFramesThem() {
        assertEquals("HTTP/1.0 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n"
                + "Date: DATE\r\nContent-Length: 19\r\n\r\n404 page not found\n",
                serve("GET /x HTTP/1.0\r\n\r\n", (w, r) -> Pkg.NotFound(w, r)));
        String big = "y".repeat(3000);
        assertEquals("HTTP/1.1 200 OK\r\nDate: DATE\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nbb8\r\n" + big + "\r\n0\r\n\r\n",
                serve("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", (w, r) -> write(w, big)));
        assertEquals("HTTP/1.1 204 No Content\r\nDate: DATE\r\nConnection: close\r\n\r\n",
                serve("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", (w, r) -> ((ResponseImpl) w).WriteHeader(204)));
        assertEquals("HTTP/1.1 200 OK\r\nDate: DATE\r\nContent-Length: 4\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Connection: close\r\n\r\n",
                serve("HEAD / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", (w, r) -> write(w, "<p>x")),
                "HEAD: the length of what the handler wrote, no body");
    }

    @Test
    void sniffing() {
        String[][] cases = {
            {"", "text/plain; charset=utf-8"}, {"<HTML><body>", "text/html; charset=utf-8"},
            {"  <!-- c -->", "text/html; charset=utf-8"}, {"<?xml version", "text/xml; charset=utf-8"},
            {"%PDF-1.4", "application/pdf"}, {"GIF89a..", "image/gif"}, {"\u0089PNG\r\n\u001a\n", "image/png"},
            {"\u001f\u008b\u0008x", "application/x-gzip"}, {"{\"json\": 1}", "text/plain; charset=utf-8"},
            {"\u0000\u0001\u0002", "application/octet-stream"}, {"\u00ef\u00bb\u00bfbom", "text/plain; charset=utf-8"},
        };
        for (String[] c : cases) {
            byte[] b = c[0].getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(c[1], Pkg.DetectContentType(SliceB.of(b)), c[0]);
        }
    }
}
