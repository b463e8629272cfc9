package go4j.std.net.http;

import go4j.fn.F$LL$L;
import go4j.lang.ErrorString;
import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceL;
import go4j.lang.Strconv;
import go4j.std.net.url.URL;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code http.Client}, a standard struct type used through its pointer: Do sends a
 * request through go4j's HTTP/1.1 transport ({@link Transport}: connections from
 * {@code net.Dial}, kept alive and reused, Go's request headers, gzip asked for and undone)
 * and follows redirects as Go 1.19 does (301, 302 and 303 as GET, 307 and 308 with the same
 * method, at most 10, CheckRedirect asked before each). Errors are Go's {@code *url.Error}s:
 * {@code Get "http://127.0.0.1:1/": dial tcp 127.0.0.1:1: connect: connection refused}.
 *
 * <pre>{@code
 * Object[] r = Pkg.DefaultClient.Get("http://127.0.0.1:8080/");   // {Response, err}
 * }</pre>
 */
public final class Client implements GoValue {
    /** {@code *http.Client}. */
    public static final RType TYPE = RType.pointer(RType.named("net/http", "Client").setUnderlying(RType.struct(List.of())));

    /** Go's {@code CheckRedirect}: {@code func(req *Request, via []*Request) error}, nil for Go's default. */
    public Object CheckRedirect;
    /** Go's {@code Timeout}, a time.Duration: the limit for a whole exchange, body included; 0 for none. */
    public long Timeout;

    /** Go's zero Client. */
    public Client() {
    }

    /** @return a copy, as copying Go's struct does */
    public Client $copy() {
        Client c = new Client();
        c.$set(this);
        return c;
    }

    /** @param o the Client whose fields this one takes */
    public void $set(Client o) {
        CheckRedirect = o.CheckRedirect;
        Timeout = o.Timeout;
    }

    /** Go's urlErrorOp: "Get" for GET, "Post" for POST. */
    static String urlErrorOp(String method) {
        if (method.isEmpty()) {
            return "Get";
        }
        return method.charAt(0) + method.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    static String stripPassword(URL u) {
        if (u.User != null && (Boolean) u.User.Password()[1]) {
            return u.String().replace(u.User.String() + "@", u.User.Username() + ":***@");
        }
        return u.String();
    }

    private static String refererForURL(URL last, URL next) {
        if (last.Scheme.equals("https") && next.Scheme.equals("http")) {
            return "";
        }
        String referer = last.String();
        if (last.User != null) {
            referer = referer.replaceFirst(java.util.regex.Pattern.quote(last.User.String() + "@"), "");
        }
        return referer;
    }

    private Object checkRedirect(Request req, List<Request> via) {
        if (CheckRedirect != null) {
            return ((F$LL$L) CheckRedirect).call(req, SliceL.of(via.toArray()));
        }
        if (via.size() >= 10) {
            return ErrorString.of("stopped after 10 redirects");
        }
        return null;
    }

    /**
     * Go's {@code Do}: sends req, following redirects.
     *
     * @return {@code {Response, Object err}}, err a {@code *url.Error}
     */
    public Object[] Do(Request req) {
        if (req.URL == null) {
            closeBody(req);
            return new Object[] {null, new go4j.std.net.url.Error(urlErrorOp(req.Method), "", ErrorString.of("http: nil Request.URL"))};
        }
        List<Request> reqs = new ArrayList<>();
        Response resp = null;
        GoMap ireqhdr = req.Header == null ? GoMap.make(0) : Header.Clone(req.Header);
        String redirectMethod = "";
        long deadline = Timeout > 0 ? System.nanoTime() + Timeout : 0;
        for (;;) {
            if (!reqs.isEmpty()) {
                String loc = Header.Get(resp.Header, "Location");
                if (loc.isEmpty()) {
                    return new Object[] {resp, null};
                }
                Object[] pu = req.URL.Parse(loc);
                if (pu[1] != null) {
                    closeBody(resp);
                    return new Object[] {null, uerr(reqs.get(0), resp, req, ErrorString.of("failed to parse Location header "
                            + Strconv.quote(loc) + ": " + ((go4j.lang.GoError) pu[1]).Error()))};
                }
                URL u = (URL) pu[0];
                String host = "";
                if (!req.Host.isEmpty() && !req.Host.equals(req.URL.Host)) {
                    Object[] lu = go4j.std.net.url.Pkg.Parse(loc);
                    if (lu[0] != null && !((URL) lu[0]).IsAbs()) {
                        host = req.Host;
                    }
                }
                Request ireq = reqs.get(0);
                Request next = new Request();
                next.Method = redirectMethod;
                next.URL = u;
                next.Header = GoMap.make(0);
                next.Host = host;
                next.ctx = ireq.ctx;
                next.Proto = "HTTP/1.1";
                next.ProtoMajor = 1;
                next.ProtoMinor = 1;
                for (GoMap.Iter it = GoMap.iter(ireqhdr); it.next(); ) {
                    String k = (String) it.key();
                    if (shouldCopyHeaderOnRedirect(k, req.URL, u)) {
                        GoMap.put(next.Header, k, it.value());
                    }
                }
                String ref = refererForURL(reqs.get(reqs.size() - 1).URL, u);
                if (!ref.isEmpty()) {
                    Header.Set(next.Header, "Referer", ref);
                }
                req = next;
                Object err = checkRedirect(req, reqs);
                if (err == Pkg.ErrUseLastResponse) {
                    return new Object[] {resp, null};
                }
                if (resp.ContentLength == -1 || resp.ContentLength <= 2 << 10) {
                    go4j.std.io.Pkg.CopyN(go4j.std.io.Pkg.Discard, resp.Body, 2 << 10);
                }
                go4j.std.io.Streams.close(resp.Body);
                if (err != null) {
                    go4j.std.net.url.Error ue = uerr(reqs.get(0), resp, req, err);
                    ue.URL = loc;
                    return new Object[] {resp, ue};
                }
            }
            reqs.add(req);
            Object[] r = Transport.DEFAULT.roundTrip(req, deadline);
            if (r[1] != null) {
                return new Object[] {null, uerr(reqs.get(0), null, req, r[1])};
            }
            resp = (Response) r[0];
            String method = req.Method.isEmpty() ? "GET" : req.Method;
            long code = resp.StatusCode;
            boolean shouldRedirect = false;
            if (code == 301 || code == 302 || code == 303) {
                redirectMethod = method.equals("GET") || method.equals("HEAD") ? method : "GET";
                shouldRedirect = true;
            } else if (code == 307 || code == 308) {
                redirectMethod = method;
                Request ireq = reqs.get(0);
                boolean hasBody = ireq.Body != null && ireq.Body != Pkg.NoBody;
                shouldRedirect = !hasBody; // Go needs GetBody to send a body again; go4j has none
            }
            if (!shouldRedirect) {
                return new Object[] {resp, null};
            }
            closeBody(req);
        }
    }

    private static boolean shouldCopyHeaderOnRedirect(String key, URL initial, URL dest) {
        switch (Wire.canonicalKey(key)) {
            case "Authorization", "Www-Authenticate", "Cookie", "Cookie2" -> {
                String ihost = initial.Hostname().toLowerCase(java.util.Locale.ROOT);
                String dhost = dest.Hostname().toLowerCase(java.util.Locale.ROOT);
                return dhost.equals(ihost) || dhost.endsWith("." + ihost);
            }
            default -> {
                return true;
            }
        }
    }

    private static go4j.std.net.url.Error uerr(Request first, Response resp, Request req, Object err) {
        String urlStr = resp != null && resp.Request != null ? stripPassword(resp.Request.URL) : stripPassword(req.URL);
        return new go4j.std.net.url.Error(urlErrorOp(first.Method), urlStr, err);
    }

    private static void closeBody(Request req) {
        if (req.Body != null) {
            go4j.std.io.Streams.close(req.Body);
        }
    }

    private static void closeBody(Response resp) {
        if (resp.Body != null) {
            go4j.std.io.Streams.close(resp.Body);
        }
    }

    /** Go's {@code Get}. */
    public Object[] Get(String rawURL) {
        Object[] r = Pkg.NewRequest("GET", rawURL, null);
        return r[1] != null ? r : Do((Request) r[0]);
    }

    /** Go's {@code Head}. */
    public Object[] Head(String rawURL) {
        Object[] r = Pkg.NewRequest("HEAD", rawURL, null);
        return r[1] != null ? r : Do((Request) r[0]);
    }

    /** Go's {@code Post}: body sent with the Content-Type given. */
    public Object[] Post(String rawURL, String contentType, Object body) {
        Object[] r = Pkg.NewRequest("POST", rawURL, body);
        if (r[1] != null) {
            return r;
        }
        Request req = (Request) r[0];
        Header.Set(req.Header, "Content-Type", contentType);
        return Do(req);
    }

    /** Go's {@code PostForm}: data URL-encoded as the body of a POST. */
    public Object[] PostForm(String rawURL, GoMap data) {
        return Post(rawURL, "application/x-www-form-urlencoded",
                go4j.std.strings.Pkg.NewReader(go4j.std.net.url.Values.Encode(data)));
    }

    /** Go's {@code CloseIdleConnections}: closes the transport's kept-alive connections. */
    public void CloseIdleConnections() {
        Transport.DEFAULT.closeIdle();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
