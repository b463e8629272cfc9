package go4j.std.net.http;

import go4j.fn.F$LL$V;
import go4j.fn.M$ServeHTTP$LL$V;
import go4j.lang.ErrorString;
import go4j.lang.GoMap;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.std.net.url.Paths;
import go4j.std.net.url.URL;

/**
 * Go's {@code net/http} package, a subset (stub {@code go4j/std/net/http/http.go}): the
 * package functions and variables, Go 1.19's texts ({@link #StatusText}, the errors,
 * {@link #Error}'s response), the handlers it makes ({@link #NotFoundHandler},
 * {@link #RedirectHandler}, {@link #StripPrefix}), and the helpers the server and the client
 * share. A handler is an interface value the server calls through
 * {@link M$ServeHTTP$LL$V}: a Go type with a ServeHTTP method, an {@link HandlerFunc}, a
 * {@link ServeMux}.
 *
 * <pre>{@code
 * Pkg.HandleFunc("/", (F$LL$V) (w, r) -> ...);      // http.HandleFunc("/", h)
 * Object err = Pkg.ListenAndServe(":8080", null);    // serves DefaultServeMux
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    static final long DEFAULT_MAX_HEADER_BYTES = 1 << 20;

    // The variables are not final: a Go program may assign them, with putstatic.

    /** Go's {@code http.ErrServerClosed}. */
    public static Object ErrServerClosed = ErrorString.of("http: Server closed");
    /** Go's {@code http.ErrBodyNotAllowed}. */
    public static Object ErrBodyNotAllowed = ErrorString.of("http: request method or response status code does not allow body");
    /** Go's {@code http.ErrContentLength}. */
    public static Object ErrContentLength = ErrorString.of("http: wrote more than the declared Content-Length");
    /** Go's {@code http.ErrAbortHandler}: a handler panics with it to abort without a log line. */
    public static Object ErrAbortHandler = ErrorString.of("net/http: abort Handler");
    /** Go's {@code http.ErrBodyReadAfterClose}. */
    public static Object ErrBodyReadAfterClose = ErrorString.of("http: invalid Read on closed Body");
    /** Go's {@code http.ErrHandlerTimeout}. */
    public static Object ErrHandlerTimeout = ErrorString.of("http: Handler timeout");
    /** Go's {@code http.ErrUseLastResponse}: CheckRedirect returns it to stop at a redirect. */
    public static Object ErrUseLastResponse = ErrorString.of("net/http: use last response");
    /** Go's {@code http.ErrNoLocation}. */
    public static Object ErrNoLocation = ErrorString.of("http: no Location header in response");
    /** Go's {@code http.NoBody}. */
    public static Object NoBody = Body.None.INSTANCE;
    /** Go's {@code http.DefaultServeMux}. */
    public static ServeMux DefaultServeMux = new ServeMux();
    /** Go's {@code http.DefaultClient}. */
    public static Client DefaultClient = new Client();

    // ---- texts ----

    /** Go's {@code StatusText}: the reason phrase of code, "" if unknown. */
    public static String StatusText(long code) {
        return switch ((int) code) {
            case 100 -> "Continue";
            case 101 -> "Switching Protocols";
            case 102 -> "Processing";
            case 103 -> "Early Hints";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 205 -> "Reset Content";
            case 206 -> "Partial Content";
            case 207 -> "Multi-Status";
            case 208 -> "Already Reported";
            case 226 -> "IM Used";
            case 300 -> "Multiple Choices";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 305 -> "Use Proxy";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Requested Range Not Satisfiable";
            case 417 -> "Expectation Failed";
            case 418 -> "I'm a teapot";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Entity";
            case 423 -> "Locked";
            case 424 -> "Failed Dependency";
            case 425 -> "Too Early";
            case 426 -> "Upgrade Required";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            case 506 -> "Variant Also Negotiates";
            case 507 -> "Insufficient Storage";
            case 508 -> "Loop Detected";
            case 510 -> "Not Extended";
            case 511 -> "Network Authentication Required";
            default -> "";
        };
    }

    /** Go's {@code CanonicalHeaderKey}. */
    public static String CanonicalHeaderKey(String s) {
        return Wire.canonicalKey(s);
    }

    /** Go's {@code DetectContentType}. */
    public static String DetectContentType(SliceB data) {
        return data == null ? Sniff.detect(null, 0, 0) : Sniff.detect(data.array, data.offset, data.len);
    }

    // ---- shared helpers ----

    /** Whether a response with this status may have a body (not 1xx, 204 or 304). */
    static boolean bodyAllowedForStatus(long status) {
        return !(status >= 100 && status <= 199 || status == 204 || status == 304);
    }

    /** Whether the comma-separated header value v has the token (case-insensitive); "" matches none. */
    static boolean hasToken(String v, String token) {
        if (token.isEmpty() || v.isEmpty()) {
            return false;
        }
        for (String part : v.split(",", -1)) {
            if (Wire.trimSpace(part).equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** Go's {@code ParseHTTPVersion}: {major, minor}, null if malformed. */
    static long[] parseHTTPVersion(String vers) {
        if (vers.equals("HTTP/1.1")) {
            return new long[] {1, 1};
        }
        if (vers.equals("HTTP/1.0")) {
            return new long[] {1, 0};
        }
        if (!vers.startsWith("HTTP/") || vers.length() != "HTTP/X.Y".length() || vers.charAt(6) != '.') {
            return null;
        }
        char maj = vers.charAt(5);
        char min = vers.charAt(7);
        if (maj < '0' || maj > '9' || min < '0' || min > '9') {
            return null;
        }
        return new long[] {maj - '0', min - '0'};
    }

    /** Go's shouldClose for a request: HTTP/1.0 unless keep-alive, HTTP/1.1 on "Connection: close". */
    static boolean shouldClose(long major, long minor, GoMap header) {
        if (major < 1) {
            return true;
        }
        String conv = String.join(",", java.util.Arrays.stream(go4j.lang.SliceL.toArray(Transfer.values(header, "Connection")))
                .map(o -> (String) o).toList());
        boolean hasClose = hasToken(conv, "close");
        if (major == 1 && minor == 0) {
            return hasClose || !hasToken(conv, "keep-alive");
        }
        return hasClose;
    }

    // ---- handlers ----

    private static go4j.lang.GoMap header(Object w) {
        return (GoMap) ((go4j.fn.M$Header$$L) w).Header();
    }

    /**
     * Go's {@code Error}: the message and a newline, as text/plain, with
     * {@code X-Content-Type-Options: nosniff}, under status code.
     */
    public static void Error(Object w, String error, long code) {
        Header.Set(header(w), "Content-Type", "text/plain; charset=utf-8");
        Header.Set(header(w), "X-Content-Type-Options", "nosniff");
        ((go4j.fn.M$WriteHeader$J$V) w).WriteHeader(code);
        go4j.std.fmt.Pkg.Fprintln(w, go4j.lang.SliceL.of(error));
    }

    /** Go's {@code NotFound}: {@code 404 page not found}. */
    public static void NotFound(Object w, Request r) {
        Error(w, "404 page not found", 404);
    }

    /** Go's {@code NotFoundHandler}: {@code HandlerFunc(NotFound)}. */
    public static Object NotFoundHandler() {
        return new HandlerFunc((F$LL$V) (w, r) -> NotFound(w, (Request) r));
    }

    /** Go's {@code StripPrefix}: h with prefix taken off the path, 404 for paths without it. */
    public static Object StripPrefix(String prefix, Object h) {
        if (prefix.isEmpty()) {
            return h;
        }
        return new HandlerFunc((F$LL$V) (w, ro) -> {
            Request r = (Request) ro;
            String p = r.URL.Path.startsWith(prefix) ? r.URL.Path.substring(prefix.length()) : r.URL.Path;
            String rp = r.URL.RawPath.startsWith(prefix) ? r.URL.RawPath.substring(prefix.length()) : r.URL.RawPath;
            if (p.length() < r.URL.Path.length() && (r.URL.RawPath.isEmpty() || rp.length() < r.URL.RawPath.length())) {
                Request r2 = r.$copy();
                r2.URL = r.URL.$copy();
                r2.URL.Path = p;
                r2.URL.RawPath = rp;
                ((M$ServeHTTP$LL$V) h).ServeHTTP(w, r2);
            } else {
                NotFound(w, r);
            }
        });
    }

    /** Go's {@code RedirectHandler}: a {@code *http.redirectHandler}. */
    public static Object RedirectHandler(String url, long code) {
        return new Handlers.Redirect(url, code);
    }

    /**
     * Go's {@code Redirect}: Location (a relative url made absolute against the request's
     * path), the status, and for a GET a short HTML body.
     */
    public static void Redirect(Object w, Request r, String url, long code) {
        Object[] pu = go4j.std.net.url.Pkg.Parse(url);
        if (pu[1] == null) {
            URL u = (URL) pu[0];
            if (u.Scheme.isEmpty() && u.Host.isEmpty()) {
                String oldpath = r.URL.Path;
                if (oldpath.isEmpty()) {
                    oldpath = "/";
                }
                if (url.isEmpty() || url.charAt(0) != '/') {
                    String olddir = oldpath.substring(0, oldpath.lastIndexOf('/') + 1);
                    url = olddir + url;
                }
                String query = "";
                int q = url.indexOf('?');
                if (q != -1) {
                    query = url.substring(q);
                    url = url.substring(0, q);
                }
                boolean trailing = url.endsWith("/");
                url = Paths.clean(url);
                if (trailing && !url.endsWith("/")) {
                    url += "/";
                }
                url += query;
            }
        }
        GoMap h = header(w);
        boolean hadCT = Header.has(h, "Content-Type");
        Header.Set(h, "Location", hexEscapeNonASCII(url));
        if (!hadCT && (r.Method.equals("GET") || r.Method.equals("HEAD"))) {
            Header.Set(h, "Content-Type", "text/html; charset=utf-8");
        }
        ((go4j.fn.M$WriteHeader$J$V) w).WriteHeader(code);
        if (!hadCT && r.Method.equals("GET")) {
            String body = "<a href=\"" + htmlEscape(url) + "\">" + StatusText(code) + "</a>.\n";
            go4j.std.fmt.Pkg.Fprintln(w, go4j.lang.SliceL.of(body));
        }
    }

    static String hexEscapeNonASCII(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    static String htmlEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---- the default mux and server ----

    /** Go's {@code NewServeMux}: an empty ServeMux. */
    public static ServeMux NewServeMux() {
        return new ServeMux();
    }

    /** Go's {@code Handle}, on DefaultServeMux. */
    public static void Handle(String pattern, Object handler) {
        DefaultServeMux.Handle(pattern, handler);
    }

    /** Go's {@code HandleFunc}, on DefaultServeMux. */
    public static void HandleFunc(String pattern, Object handler) {
        DefaultServeMux.HandleFunc(pattern, handler);
    }

    /** Go's {@code ListenAndServe}: a Server of addr and handler (nil: DefaultServeMux). */
    public static Object ListenAndServe(String addr, Object handler) {
        Server s = new Server();
        s.Addr = addr;
        s.Handler = handler;
        return s.ListenAndServe();
    }

    /** Go's {@code Serve}: a Server of handler serving l. */
    public static Object Serve(Object l, Object handler) {
        Server s = new Server();
        s.Handler = handler;
        return s.Serve(l);
    }

    // ---- the client ----

    /** Go's {@code NewRequest}: NewRequestWithContext with context.Background. */
    public static Object[] NewRequest(String method, String rawURL, Object body) {
        return NewRequestWithContext(go4j.std.context.Pkg.Background(), method, rawURL, body);
    }

    /**
     * Go's {@code NewRequestWithContext}: the method ("" is GET), the parsed URL, and the body,
     * whose length is known for a *bytes.Buffer, *bytes.Reader or *strings.Reader.
     *
     * @return {@code {Request, Object err}}
     */
    public static Object[] NewRequestWithContext(Object ctx, String method, String rawURL, Object body) {
        if (method.isEmpty()) {
            method = "GET";
        }
        if (!Wire.isToken(method)) {
            return new Object[] {null, ErrorString.of("net/http: invalid method " + go4j.lang.Strconv.quote(method))};
        }
        if (ctx == null) {
            return new Object[] {null, ErrorString.of("net/http: nil Context")};
        }
        Object[] pu = go4j.std.net.url.Pkg.Parse(rawURL);
        if (pu[1] != null) {
            return new Object[] {null, pu[1]};
        }
        URL u = (URL) pu[0];
        Request req = new Request();
        req.ctx = ctx;
        req.Method = method;
        req.URL = u;
        req.Proto = "HTTP/1.1";
        req.ProtoMajor = 1;
        req.ProtoMinor = 1;
        req.Header = GoMap.make(0);
        req.Host = removeEmptyPort(u.Host);
        if (body != null) {
            req.Body = body instanceof go4j.fn.M$Close$$L ? body : go4j.std.io.Pkg.NopCloser(body);
            long n = -1;
            if (body instanceof go4j.std.bytes.Buffer b) {
                n = b.Len();
            } else if (body instanceof go4j.std.strings.Reader s) {
                n = s.Len();
            }
            if (n >= 0) {
                req.ContentLength = n;
                if (n == 0) {
                    req.Body = NoBody;
                }
            }
        }
        return new Object[] {req, null};
    }

    static String removeEmptyPort(String host) {
        if (host.endsWith(":") && host.indexOf(':') == host.length() - 1) {
            return host.substring(0, host.length() - 1);
        }
        return host;
    }

    /** Go's {@code Get}, with DefaultClient. */
    public static Object[] Get(String rawURL) {
        return DefaultClient.Get(rawURL);
    }

    /** Go's {@code Head}, with DefaultClient. */
    public static Object[] Head(String rawURL) {
        return DefaultClient.Head(rawURL);
    }

    /** Go's {@code Post}, with DefaultClient. */
    public static Object[] Post(String rawURL, String contentType, Object body) {
        return DefaultClient.Post(rawURL, contentType, body);
    }

    /** Go's {@code PostForm}, with DefaultClient. */
    public static Object[] PostForm(String rawURL, GoMap data) {
        return DefaultClient.PostForm(rawURL, data);
    }

    static String text(Object goString) {
        return Str.toJava((String) goString);
    }
}
