package go4j.std.net.url;

/**
 * Go's {@code path.Clean} and {@code path.Join}, which net/url's JoinPath and net/http's
 * ServeMux use: slash-separated paths, purely lexical.
 *
 * <pre>{@code
 * Paths.clean("/a/b/../c/./d/");   // "/a/c/d"
 * Paths.join("a", "", "b/");       // "a/b"
 * }</pre>
 */
public final class Paths {
    private Paths() {
    }

    /**
     * Go's {@code path.Clean}: one slash between elements, no {@code .} elements, each
     * {@code ..} with the element before it removed ({@code ..} at the root dropped), no
     * trailing slash but for the root; "." for an empty result.
     *
     * @param p a Go string
     * @return the shortest equivalent path
     */
    public static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.charAt(0) == '/';
        int n = p.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            if (p.charAt(r) == '/') {
                r++; // empty element
            } else if (p.charAt(r) == '.' && (r + 1 == n || p.charAt(r + 1) == '/')) {
                r++; // . element
            } else if (p.charAt(r) == '.' && p.charAt(r + 1) == '.' && (r + 2 == n || p.charAt(r + 2) == '/')) {
                r += 2; // .. element: remove to the last /
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && out.length() != 0) {
                    out.append('/');
                }
                for (; r < n && p.charAt(r) != '/'; r++) {
                    out.append(p.charAt(r));
                }
            }
        }
        if (out.length() == 0) {
            return ".";
        }
        return out.toString();
    }

    /**
     * Go's {@code path.Join}: the non-empty elements joined by slashes, cleaned; "" when
     * all are empty.
     *
     * @param elems Go strings
     * @return the joined path
     */
    public static String join(String... elems) {
        StringBuilder sb = new StringBuilder();
        for (String e : elems) {
            if (!e.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(e);
            }
        }
        return sb.length() == 0 ? "" : clean(sb.toString());
    }
}
