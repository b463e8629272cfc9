package go4j.std.net.url;

import go4j.lang.GoMap;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceL;
import go4j.lang.Stringer;

import java.util.List;

/**
 * Go's {@code url.URL}, a standard struct type (docs/compiler.md): its exported fields are
 * public, named as in Go; Go's methods on {@code *URL} are instance methods, with Go 1.19's
 * results ({@link #String()} reassembles the URL as Go's does, escaping the path and host).
 *
 * <pre>{@code
 * URL u = (URL) Pkg.Parse("http://x.org/a%20b?q=1#f")[0];
 * u.Path;          // "/a b"
 * u.String();      // "http://x.org/a%20b?q=1#f"
 * Values.Get(u.Query(), "q");   // "1"
 * }</pre>
 */
public final class URL implements GoValue, Stringer {
    /** {@code url.URL}. */
    static final RType STRUCT = RType.named("net/url", "URL").setUnderlying(RType.struct(List.of(
            new RType.Field("Scheme", RType.STRING, false),
            new RType.Field("Opaque", RType.STRING, false),
            new RType.Field("User", Userinfo.TYPE, false),
            new RType.Field("Host", RType.STRING, false),
            new RType.Field("Path", RType.STRING, false),
            new RType.Field("RawPath", RType.STRING, false),
            new RType.Field("OmitHost", RType.BOOL, false),
            new RType.Field("ForceQuery", RType.BOOL, false),
            new RType.Field("RawQuery", RType.STRING, false),
            new RType.Field("Fragment", RType.STRING, false),
            new RType.Field("RawFragment", RType.STRING, false))));
    /** {@code *url.URL}. */
    public static final RType TYPE = RType.pointer(STRUCT);

    /** Go's {@code Scheme}. */
    public String Scheme = "";
    /** Go's {@code Opaque}: encoded opaque data. */
    public String Opaque = "";
    /** Go's {@code User}: username and password information, nil for none. */
    public Userinfo User;
    /** Go's {@code Host}: host or host:port. */
    public String Host = "";
    /** Go's {@code Path}, decoded. */
    public String Path = "";
    /** Go's {@code RawPath}: the encoded path, when it differs from the default encoding. */
    public String RawPath = "";
    /** Go's {@code OmitHost}: do not emit an empty host (authority). */
    public boolean OmitHost;
    /** Go's {@code ForceQuery}: append a '?' even if RawQuery is empty. */
    public boolean ForceQuery;
    /** Go's {@code RawQuery}: the encoded query, without '?'. */
    public String RawQuery = "";
    /** Go's {@code Fragment}, decoded, without '#'. */
    public String Fragment = "";
    /** Go's {@code RawFragment}: the encoded fragment, when it differs from the default. */
    public String RawFragment = "";

    /** Go's zero URL. */
    public URL() {
    }

    /** @return a copy, as copying Go's struct does */
    public URL $copy() {
        URL c = new URL();
        c.$set(this);
        return c;
    }

    /** @param o the URL whose fields this one takes */
    public void $set(URL o) {
        Scheme = o.Scheme;
        Opaque = o.Opaque;
        User = o.User;
        Host = o.Host;
        Path = o.Path;
        RawPath = o.RawPath;
        OmitHost = o.OmitHost;
        ForceQuery = o.ForceQuery;
        RawQuery = o.RawQuery;
        Fragment = o.Fragment;
        RawFragment = o.RawFragment;
    }

    /** Go's {@code ==} on URL values: every field. */
    @Override
    public boolean equals(Object o) {
        return o instanceof URL u && Scheme.equals(u.Scheme) && Opaque.equals(u.Opaque) && User == u.User
                && Host.equals(u.Host) && Path.equals(u.Path) && RawPath.equals(u.RawPath) && OmitHost == u.OmitHost
                && ForceQuery == u.ForceQuery && RawQuery.equals(u.RawQuery) && Fragment.equals(u.Fragment)
                && RawFragment.equals(u.RawFragment);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Scheme, Opaque, Host, Path, RawQuery, Fragment);
    }

    /** Sets Path and, when the default encoding differs from p, RawPath. */
    void setPath(String p) throws Escaping.Failure {
        String path = Escaping.unescape(p, Escaping.PATH);
        Path = path;
        RawPath = Escaping.escape(path, Escaping.PATH).equals(p) ? "" : p;
    }

    void setFragment(String f) throws Escaping.Failure {
        String frag = Escaping.unescape(f, Escaping.FRAGMENT);
        Fragment = frag;
        RawFragment = Escaping.escape(frag, Escaping.FRAGMENT).equals(f) ? "" : f;
    }

    /** Go's {@code EscapedPath}: RawPath when it is a valid escaping of Path, else Path escaped. */
    public String EscapedPath() {
        if (!RawPath.isEmpty() && Escaping.validEncoded(RawPath, Escaping.PATH)) {
            try {
                if (Escaping.unescape(RawPath, Escaping.PATH).equals(Path)) {
                    return RawPath;
                }
            } catch (Escaping.Failure e) {
                // fall through to escaping Path
            }
        }
        if (Path.equals("*")) {
            return "*";
        }
        return Escaping.escape(Path, Escaping.PATH);
    }

    /** Go's {@code EscapedFragment}. */
    public String EscapedFragment() {
        if (!RawFragment.isEmpty() && Escaping.validEncoded(RawFragment, Escaping.FRAGMENT)) {
            try {
                if (Escaping.unescape(RawFragment, Escaping.FRAGMENT).equals(Fragment)) {
                    return RawFragment;
                }
            } catch (Escaping.Failure e) {
                // fall through
            }
        }
        return Escaping.escape(Fragment, Escaping.FRAGMENT);
    }

    /** Go's {@code String}: {@code scheme:opaque?query#fragment} or {@code scheme://userinfo@host/path?query#fragment}. */
    @Override
    public String String() {
        StringBuilder buf = new StringBuilder();
        if (!Scheme.isEmpty()) {
            buf.append(Scheme).append(':');
        }
        if (!Opaque.isEmpty()) {
            buf.append(Opaque);
        } else {
            if (!Scheme.isEmpty() || !Host.isEmpty() || User != null) {
                if (!(OmitHost && Host.isEmpty() && User == null)) {
                    if (!Host.isEmpty() || !Path.isEmpty() || User != null) {
                        buf.append("//");
                    }
                    if (User != null) {
                        buf.append(User.String()).append('@');
                    }
                    if (!Host.isEmpty()) {
                        buf.append(Escaping.escape(Host, Escaping.HOST));
                    }
                }
            }
            String path = EscapedPath();
            if (!path.isEmpty() && path.charAt(0) != '/' && !Host.isEmpty()) {
                buf.append('/');
            }
            if (buf.length() == 0) {
                // a first segment with a colon would read as a scheme: ./this:that
                int slash = path.indexOf('/');
                String segment = slash < 0 ? path : path.substring(0, slash);
                if (segment.indexOf(':') >= 0) {
                    buf.append("./");
                }
            }
            buf.append(path);
        }
        if (ForceQuery || !RawQuery.isEmpty()) {
            buf.append('?').append(RawQuery);
        }
        if (!Fragment.isEmpty()) {
            buf.append('#').append(EscapedFragment());
        }
        return buf.toString();
    }

    /** Go's {@code Redacted}: String with any password replaced by "xxxxx". */
    public String Redacted() {
        URL ru = $copy();
        if (ru.User != null && ru.User.passwordSet()) {
            ru.User = new Userinfo(ru.User.Username(), "xxxxx", true);
        }
        return ru.String();
    }

    /** @return whether the URL has a scheme */
    public boolean IsAbs() {
        return !Scheme.isEmpty();
    }

    /** Go's {@code (*URL).Parse}: ref parsed and resolved against this URL. */
    public Object[] Parse(String ref) {
        Object[] r = Pkg.Parse(ref);
        if (r[1] != null) {
            return new Object[] {null, r[1]};
        }
        return new Object[] {ResolveReference((URL) r[0]), null};
    }

    /** Go's {@code ResolveReference}, RFC 3986 section 5.2. */
    public URL ResolveReference(URL ref) {
        URL url = ref.$copy();
        try {
            if (ref.Scheme.isEmpty()) {
                url.Scheme = Scheme;
            }
            if (!ref.Scheme.isEmpty() || !ref.Host.isEmpty() || ref.User != null) {
                url.setPath(resolvePath(ref.EscapedPath(), ""));
                return url;
            }
            if (!ref.Opaque.isEmpty()) {
                url.User = null;
                url.Host = "";
                url.Path = "";
                return url;
            }
            if (ref.Path.isEmpty() && !ref.ForceQuery && ref.RawQuery.isEmpty()) {
                url.RawQuery = RawQuery;
                if (ref.Fragment.isEmpty()) {
                    url.Fragment = Fragment;
                    url.RawFragment = RawFragment;
                }
            }
            url.Host = Host;
            url.User = User;
            url.setPath(resolvePath(EscapedPath(), ref.EscapedPath()));
        } catch (Escaping.Failure e) {
            // a path escaped by EscapedPath always unescapes
        }
        return url;
    }

    /** Go's resolvePath: ref applied to base, with . and .. segments resolved. */
    static String resolvePath(String base, String ref) {
        String full;
        if (ref.isEmpty()) {
            full = base;
        } else if (ref.charAt(0) != '/') {
            int i = base.lastIndexOf('/');
            full = base.substring(0, i + 1) + ref;
        } else {
            full = ref;
        }
        if (full.isEmpty()) {
            return "";
        }
        StringBuilder dst = new StringBuilder("/");
        boolean first = true;
        String remaining = full;
        String elem = "";
        boolean found = true;
        while (found) {
            int slash = remaining.indexOf('/');
            found = slash >= 0;
            elem = found ? remaining.substring(0, slash) : remaining;
            remaining = found ? remaining.substring(slash + 1) : "";
            if (elem.equals(".")) {
                first = false;
                continue;
            }
            if (elem.equals("..")) {
                String str = dst.substring(1);
                int index = str.lastIndexOf('/');
                dst.setLength(0);
                dst.append('/');
                if (index == -1) {
                    first = true;
                } else {
                    dst.append(str, 0, index);
                }
            } else {
                if (!first) {
                    dst.append('/');
                }
                dst.append(elem);
                first = false;
            }
        }
        if (elem.equals(".") || elem.equals("..")) {
            dst.append('/');
        }
        String r = dst.toString();
        if (r.length() > 1 && r.charAt(1) == '/') {
            r = r.substring(1);
        }
        return r;
    }

    /** Go's {@code Query}: RawQuery parsed, malformed pairs dropped. */
    public GoMap Query() {
        return (GoMap) Pkg.ParseQuery(RawQuery)[0];
    }

    /** Go's {@code RequestURI}: the encoded {@code path?query} (or {@code opaque?query}) of a request. */
    public String RequestURI() {
        String result = Opaque;
        if (result.isEmpty()) {
            result = EscapedPath();
            if (result.isEmpty()) {
                result = "/";
            }
        } else if (result.startsWith("//")) {
            result = Scheme + ":" + result;
        }
        if (ForceQuery || !RawQuery.isEmpty()) {
            result += "?" + RawQuery;
        }
        return result;
    }

    /** @return {host, port} of Host: the port only when valid, brackets off an IPv6 host */
    static String[] splitHostPort(String hostPort) {
        String host = hostPort;
        String port = "";
        int colon = host.lastIndexOf(':');
        if (colon != -1 && Pkg.validOptionalPort(host.substring(colon))) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new String[] {host, port};
    }

    /** Go's {@code Hostname}: Host without a valid port, and without IPv6 brackets. */
    public String Hostname() {
        return splitHostPort(Host)[0];
    }

    /** Go's {@code Port}: Host's numeric port, "" for none. */
    public String Port() {
        return splitHostPort(Host)[1];
    }

    /** Go's {@code JoinPath}: elements joined to the path and cleaned, a trailing slash kept. */
    public URL JoinPath(SliceL elem) {
        Object[] es = SliceL.toArray(elem);
        String[] all = new String[es.length + 1];
        all[0] = EscapedPath();
        for (int i = 0; i < es.length; i++) {
            all[i + 1] = (String) es[i];
        }
        String p;
        if (!all[0].startsWith("/")) {
            all[0] = "/" + all[0];
            p = Paths.join(all).substring(1);
        } else {
            p = Paths.join(all);
        }
        if (all[all.length - 1].endsWith("/") && !p.endsWith("/")) {
            p += "/";
        }
        URL url = $copy();
        try {
            url.setPath(p);
        } catch (Escaping.Failure e) {
            // Go ignores setPath's error here too
        }
        return url;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
