package go4j.std.net.url;

import go4j.lang.GoMap;
import go4j.lang.SliceL;
import go4j.lang.Strconv;

/**
 * Go's {@code net/url} package (stub {@code go4j/std/net/url/url.go}): parsing, escaping and
 * query values with Go 1.19's rules and error texts ({@code parse "1http://x": first path
 * segment in URL cannot contain colon}). Strings are Go strings; two results are an
 * {@code Object[]}.
 *
 * <pre>{@code
 * Object[] r = Pkg.Parse("https://go.dev/doc?x=1");   // {URL, null}
 * Pkg.QueryEscape("a b&c");                            // "a+b%26c"
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** Go's {@code QueryEscape}. */
    public static String QueryEscape(String s) {
        return Escaping.escape(s, Escaping.QUERY_COMPONENT);
    }

    /** Go's {@code PathEscape}. */
    public static String PathEscape(String s) {
        return Escaping.escape(s, Escaping.PATH_SEGMENT);
    }

    /** Go's {@code QueryUnescape}: {@code {String, Object err}}, err an EscapeError. */
    public static Object[] QueryUnescape(String s) {
        return unescape(s, Escaping.QUERY_COMPONENT);
    }

    /** Go's {@code PathUnescape}: {@code {String, Object err}}. */
    public static Object[] PathUnescape(String s) {
        return unescape(s, Escaping.PATH_SEGMENT);
    }

    private static Object[] unescape(String s, int mode) {
        try {
            return new Object[] {Escaping.unescape(s, mode), null};
        } catch (Escaping.Failure f) {
            return new Object[] {"", f.err};
        }
    }

    /** Go's {@code User}. */
    public static Userinfo User(String username) {
        return new Userinfo(username, "", false);
    }

    /** Go's {@code UserPassword}. */
    public static Userinfo UserPassword(String username, String password) {
        return new Userinfo(username, password, true);
    }

    /** The scheme of rawURL, if it starts with one ({@code [a-zA-Z][a-zA-Z0-9+.-]*:}). */
    private static String[] getScheme(String rawURL) throws Escaping.Failure {
        for (int i = 0; i < rawURL.length(); i++) {
            char c = rawURL.charAt(i);
            if ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
                continue;
            }
            if ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return new String[] {"", rawURL};
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new Escaping.Failure(Escaping.error("missing protocol scheme"));
                }
                return new String[] {rawURL.substring(0, i), rawURL.substring(i + 1)};
            }
            return new String[] {"", rawURL}; // an invalid character: no scheme
        }
        return new String[] {"", rawURL};
    }

    /**
     * Go's {@code Parse}: the fragment cut off, then the rest parsed.
     *
     * @return {@code {URL, Object err}}, err a {@code *url.Error}
     */
    public static Object[] Parse(String rawURL) {
        int hash = rawURL.indexOf('#');
        String u = hash < 0 ? rawURL : rawURL.substring(0, hash);
        String frag = hash < 0 ? "" : rawURL.substring(hash + 1);
        URL url;
        try {
            url = parse(u, false);
        } catch (Escaping.Failure f) {
            return new Object[] {null, new Error("parse", u, f.err)};
        }
        if (frag.isEmpty()) {
            return new Object[] {url, null};
        }
        try {
            url.setFragment(frag);
        } catch (Escaping.Failure f) {
            return new Object[] {null, new Error("parse", rawURL, f.err)};
        }
        return new Object[] {url, null};
    }

    /**
     * Go's {@code ParseRequestURI}: an absolute URI or an absolute path, no fragment.
     *
     * @return {@code {URL, Object err}}
     */
    public static Object[] ParseRequestURI(String rawURL) {
        try {
            return new Object[] {parse(rawURL, true), null};
        } catch (Escaping.Failure f) {
            return new Object[] {null, new Error("parse", rawURL, f.err)};
        }
    }

    private static boolean containsCTLByte(String s) {
        for (int i = 0; i < s.length(); i++) {
            char b = s.charAt(i);
            if (b < ' ' || b == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static URL parse(String rawURL, boolean viaRequest) throws Escaping.Failure {
        if (containsCTLByte(rawURL)) {
            throw new Escaping.Failure(Escaping.error("net/url: invalid control character in URL"));
        }
        if (rawURL.isEmpty() && viaRequest) {
            throw new Escaping.Failure(Escaping.error("empty url"));
        }
        URL url = new URL();
        if (rawURL.equals("*")) {
            url.Path = "*";
            return url;
        }
        String[] sr = getScheme(rawURL);
        url.Scheme = sr[0].toLowerCase(java.util.Locale.ROOT);
        String rest = sr[1];
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            url.ForceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                url.RawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!url.Scheme.isEmpty()) {
                url.Opaque = rest; // a rootless path is opaque (RFC 3986)
                return url;
            }
            if (viaRequest) {
                throw new Escaping.Failure(Escaping.error("invalid URI for request"));
            }
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            if (segment.indexOf(':') >= 0) {
                throw new Escaping.Failure(Escaping.error("first path segment in URL cannot contain colon"));
            }
        }
        if ((!url.Scheme.isEmpty() || !viaRequest && !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int i = authority.indexOf('/');
            if (i >= 0) {
                rest = authority.substring(i);
                authority = authority.substring(0, i);
            }
            parseAuthority(url, authority);
        } else if (!url.Scheme.isEmpty() && rest.startsWith("/")) {
            url.OmitHost = true;
        }
        url.setPath(rest);
        return url;
    }

    private static void parseAuthority(URL url, String authority) throws Escaping.Failure {
        int i = authority.lastIndexOf('@');
        String host = parseHost(i < 0 ? authority : authority.substring(i + 1));
        url.Host = host;
        if (i < 0) {
            return;
        }
        String userinfo = authority.substring(0, i);
        if (!validUserinfo(userinfo)) {
            throw new Escaping.Failure(Escaping.error("net/url: invalid userinfo"));
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            url.User = User(Escaping.unescape(userinfo, Escaping.USER_PASSWORD));
        } else {
            String username = Escaping.unescape(userinfo.substring(0, colon), Escaping.USER_PASSWORD);
            String password = Escaping.unescape(userinfo.substring(colon + 1), Escaping.USER_PASSWORD);
            url.User = UserPassword(username, password);
        }
    }

    private static String parseHost(String host) throws Escaping.Failure {
        if (host.startsWith("[")) {
            int i = host.lastIndexOf(']');
            if (i < 0) {
                throw new Escaping.Failure(Escaping.error("missing ']' in host"));
            }
            String colonPort = host.substring(i + 1);
            if (!validOptionalPort(colonPort)) {
                throw new Escaping.Failure(Escaping.error("invalid port " + Strconv.quote(colonPort) + " after host"));
            }
            int zone = host.substring(0, i).indexOf("%25");
            if (zone >= 0) {
                String host1 = Escaping.unescape(host.substring(0, zone), Escaping.HOST);
                String host2 = Escaping.unescape(host.substring(zone, i), Escaping.ZONE);
                String host3 = Escaping.unescape(host.substring(i), Escaping.HOST);
                return host1 + host2 + host3;
            }
        } else {
            int i = host.lastIndexOf(':');
            if (i != -1) {
                String colonPort = host.substring(i);
                if (!validOptionalPort(colonPort)) {
                    throw new Escaping.Failure(Escaping.error("invalid port " + Strconv.quote(colonPort) + " after host"));
                }
            }
        }
        return Escaping.unescape(host, Escaping.HOST);
    }

    /** Whether port is "" or matches {@code :[0-9]*}. */
    static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            char b = port.charAt(i);
            if (b < '0' || b > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean validUserinfo(String s) {
        for (int i = 0; i < s.length(); i++) {
            char r = s.charAt(i);
            if ('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9') {
                continue;
            }
            switch (r) {
                case '-', '.', '_', ':', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', '%', '@':
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    /**
     * Go's {@code ParseQuery}: every valid pair, in order; err is the first decoding error
     * ({@code invalid semicolon separator in query} for a ';').
     *
     * @return {@code {GoMap values, Object err}}, the map never nil
     */
    public static Object[] ParseQuery(String query) {
        GoMap m = GoMap.make(0);
        Object err = parseQuery(m, query);
        return new Object[] {m, err};
    }

    /** Adds query's pairs to m; returns the first error. */
    public static Object parseQuery(GoMap m, String query) {
        Object err = null;
        while (!query.isEmpty()) {
            String key;
            int amp = query.indexOf('&');
            if (amp >= 0) {
                key = query.substring(0, amp);
                query = query.substring(amp + 1);
            } else {
                key = query;
                query = "";
            }
            if (key.indexOf(';') >= 0) {
                err = Escaping.error("invalid semicolon separator in query");
                continue;
            }
            if (key.isEmpty()) {
                continue;
            }
            String value = "";
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            }
            try {
                key = Escaping.unescape(key, Escaping.QUERY_COMPONENT);
            } catch (Escaping.Failure f) {
                if (err == null) {
                    err = f.err;
                }
                continue;
            }
            try {
                value = Escaping.unescape(value, Escaping.QUERY_COMPONENT);
            } catch (Escaping.Failure f) {
                if (err == null) {
                    err = f.err;
                }
                continue;
            }
            Values.Add(m, key, value);
        }
        return err;
    }

    /**
     * Go's {@code JoinPath}: base parsed, the elements joined to its path.
     *
     * @return {@code {String result, Object err}}
     */
    public static Object[] JoinPath(String base, SliceL elem) {
        Object[] r = Parse(base);
        if (r[1] != null) {
            return new Object[] {"", r[1]};
        }
        return new Object[] {((URL) r[0]).JoinPath(elem).String(), null};
    }
}
