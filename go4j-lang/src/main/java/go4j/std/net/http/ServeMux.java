package go4j.std.net.http;

import go4j.fn.M$ServeHTTP$LL$V;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.std.net.url.Paths;
import go4j.std.net.url.URL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code http.ServeMux}, a standard struct type used through its pointer, with Go 1.19's
 * rules: an exact pattern matches its path; a pattern ending in a slash matches its subtree,
 * the longest one winning; a pattern starting with a host matches only requests for that host,
 * before the others; a path that is not clean ({@code /a/../b}) is redirected to its clean
 * form, and {@code /tree} to {@code /tree/} when only the subtree is registered (301); no match
 * is {@code 404 page not found}.
 *
 * <pre>{@code
 * ServeMux mux = Pkg.NewServeMux();
 * mux.HandleFunc("/api/", (F$LL$V) (w, r) -> ...);
 * Object[] hp = mux.Handler(req);   // {handler, "/api/"}
 * }</pre>
 */
public final class ServeMux implements GoValue, M$ServeHTTP$LL$V {
    /** {@code *http.ServeMux}. */
    public static final RType TYPE = RType.pointer(RType.named("net/http", "ServeMux").setUnderlying(RType.struct(List.of())));

    private record Entry(Object h, String pattern) {
    }

    private final Map<String, Entry> m = new HashMap<>();
    private final List<Entry> es = new ArrayList<>(); // patterns ending in '/', longest first
    private boolean hosts;

    /** Go's zero ServeMux, empty. */
    public ServeMux() {
    }

    /** @return this: a ServeMux is used through its pointer, and its copy would share its locks */
    public ServeMux $copy() {
        ServeMux c = new ServeMux();
        c.$set(this);
        return c;
    }

    /** @param o the ServeMux whose patterns this one takes */
    public synchronized void $set(ServeMux o) {
        m.clear();
        es.clear();
        synchronized (o) {
            m.putAll(o.m);
            es.addAll(o.es);
            hosts = o.hosts;
        }
    }

    /**
     * Go's {@code Handle}.
     *
     * @throws GoPanic {@code http: invalid pattern}, {@code http: nil handler},
     *     {@code http: multiple registrations for PATTERN}
     */
    public synchronized void Handle(String pattern, Object handler) {
        if (pattern.isEmpty()) {
            throw new GoPanic("http: invalid pattern");
        }
        if (handler == null) {
            throw new GoPanic("http: nil handler");
        }
        if (m.containsKey(pattern)) {
            throw new GoPanic("http: multiple registrations for " + pattern);
        }
        Entry e = new Entry(handler, pattern);
        m.put(pattern, e);
        if (pattern.charAt(pattern.length() - 1) == '/') {
            int i = 0;
            while (i < es.size() && es.get(i).pattern.length() >= pattern.length()) {
                i++;
            }
            es.add(i, e);
        }
        if (pattern.charAt(0) != '/') {
            hosts = true;
        }
    }

    /**
     * Go's {@code HandleFunc}: {@code Handle(pattern, HandlerFunc(handler))}.
     *
     * @throws GoPanic {@code http: nil handler}
     */
    public void HandleFunc(String pattern, Object handler) {
        if (handler == null) {
            throw new GoPanic("http: nil handler");
        }
        Handle(pattern, new HandlerFunc(handler));
    }

    private synchronized Entry match(String path) {
        Entry e = m.get(path);
        if (e != null) {
            return e;
        }
        for (Entry x : es) {
            if (path.startsWith(x.pattern)) {
                return x;
            }
        }
        return null;
    }

    /** Go's cleanPath: path.Clean with a leading slash and the trailing slash kept. */
    static String cleanPath(String p) {
        if (p.isEmpty()) {
            return "/";
        }
        if (p.charAt(0) != '/') {
            p = "/" + p;
        }
        String np = Paths.clean(p);
        if (p.charAt(p.length() - 1) == '/' && !np.equals("/")) {
            if (p.length() == np.length() + 1 && p.startsWith(np)) {
                np = p;
            } else {
                np += "/";
            }
        }
        return np;
    }

    private static String stripHostPort(String h) {
        if (h.indexOf(':') < 0) {
            return h;
        }
        Object[] hp = go4j.std.net.Pkg.SplitHostPort(h);
        return hp[2] != null ? h : (String) hp[0];
    }

    private synchronized boolean shouldRedirect(String host, String path) {
        String[] p = {path, host + path};
        for (String c : p) {
            if (m.containsKey(c)) {
                return false;
            }
        }
        if (path.isEmpty()) {
            return false;
        }
        for (String c : p) {
            if (m.containsKey(c + "/")) {
                return path.charAt(path.length() - 1) != '/';
            }
        }
        return false;
    }

    private URL redirectToPathSlash(String host, String path, URL u) {
        if (!shouldRedirect(host, path)) {
            return null;
        }
        URL r = new URL();
        r.Path = path + "/";
        r.RawQuery = u.RawQuery;
        return r;
    }

    /**
     * Go's {@code Handler}: the handler for r and its pattern; a redirect for a path that is
     * not clean or lacks a subtree's slash; NotFoundHandler and "" when nothing matches.
     *
     * @return {@code {Object handler, String pattern}}
     */
    public Object[] Handler(Request r) {
        if (r.Method.equals("CONNECT")) {
            URL u = redirectToPathSlash(r.URL.Host, r.URL.Path, r.URL);
            if (u != null) {
                return new Object[] {Pkg.RedirectHandler(u.String(), 301), u.Path};
            }
            return handler(r.Host, r.URL.Path);
        }
        String host = stripHostPort(r.Host);
        String path = cleanPath(r.URL.Path);
        URL u = redirectToPathSlash(host, path, r.URL);
        if (u != null) {
            return new Object[] {Pkg.RedirectHandler(u.String(), 301), u.Path};
        }
        if (!path.equals(r.URL.Path)) {
            Object[] hp = handler(host, path);
            URL c = new URL();
            c.Path = path;
            c.RawQuery = r.URL.RawQuery;
            return new Object[] {Pkg.RedirectHandler(c.String(), 301), hp[1]};
        }
        return handler(host, r.URL.Path);
    }

    private Object[] handler(String host, String path) {
        Entry e = null;
        synchronized (this) {
            if (hosts) {
                e = match(host + path);
            }
            if (e == null) {
                e = match(path);
            }
        }
        if (e == null) {
            return new Object[] {Pkg.NotFoundHandler(), ""};
        }
        return new Object[] {e.h, e.pattern};
    }

    /** Go's {@code ServeHTTP}: dispatches to the handler whose pattern matches r best. */
    public void ServeHTTP(Object w, Request r) {
        if (r.RequestURI.equals("*")) {
            if (r.ProtoAtLeast(1, 1)) {
                Header.Set((go4j.lang.GoMap) ((go4j.fn.M$Header$$L) w).Header(), "Connection", "close");
            }
            ((go4j.fn.M$WriteHeader$J$V) w).WriteHeader(400);
            return;
        }
        Object h = Handler(r)[0];
        ((M$ServeHTTP$LL$V) h).ServeHTTP(w, r);
    }

    @Override
    public void ServeHTTP(Object w, Object r) {
        ServeHTTP(w, (Request) r);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
