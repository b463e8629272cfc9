package go4j.std.net.url;

import go4j.lang.ErrorString;

/**
 * The escaping rules of RFC 3986 as Go's net/url applies them, per part of a URL: which bytes
 * {@link #shouldEscape} in a path, a path segment, a host, a zone, a userinfo, a query
 * component or a fragment, and {@link #escape} / {@link #unescape} by those rules, with Go's
 * errors ({@code invalid URL escape "%zz"}, {@code invalid character " " in host name}).
 * Strings are Go strings (one char per byte).
 */
final class Escaping {
    private Escaping() {
    }

    static final int PATH = 1;
    static final int PATH_SEGMENT = 2;
    static final int HOST = 3;
    static final int ZONE = 4;
    static final int USER_PASSWORD = 5;
    static final int QUERY_COMPONENT = 6;
    static final int FRAGMENT = 7;

    private static final String UPPERHEX = "0123456789ABCDEF";

    static boolean ishex(char c) {
        return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F';
    }

    static int unhex(char c) {
        if ('0' <= c && c <= '9') {
            return c - '0';
        }
        if ('a' <= c && c <= 'f') {
            return c - 'a' + 10;
        }
        if ('A' <= c && c <= 'F') {
            return c - 'A' + 10;
        }
        return 0;
    }

    /** Whether byte c must be escaped in the given part of a URL. */
    static boolean shouldEscape(char c, int mode) {
        if ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
            return false; // unreserved (alphanum)
        }
        if (mode == HOST || mode == ZONE) {
            // sub-delims, and : [ ] for host:port and [ipv6], < > " which Parse rejects anyway
            switch (c) {
                case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
                    return false;
                default:
                    break;
            }
        }
        switch (c) {
            case '-', '_', '.', '~':
                return false; // unreserved (mark)
            case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
                switch (mode) {
                    case PATH:
                        return c == '?'; // the path as a whole: only ? ends it
                    case PATH_SEGMENT:
                        return c == '/' || c == ';' || c == ',' || c == '?';
                    case USER_PASSWORD:
                        return c == '@' || c == '/' || c == '?' || c == ':';
                    case QUERY_COMPONENT:
                        return true;
                    case FRAGMENT:
                        return false;
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        if (mode == FRAGMENT) {
            switch (c) {
                case '!', '(', ')', '*':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    /** Escapes s for the given part; spaces become '+' in a query component. */
    static String escape(String s, int mode) {
        int spaceCount = 0;
        int hexCount = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (shouldEscape(c, mode)) {
                if (c == ' ' && mode == QUERY_COMPONENT) {
                    spaceCount++;
                } else {
                    hexCount++;
                }
            }
        }
        if (spaceCount == 0 && hexCount == 0) {
            return s;
        }
        StringBuilder t = new StringBuilder(s.length() + 2 * hexCount);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && mode == QUERY_COMPONENT) {
                t.append('+');
            } else if (shouldEscape(c, mode)) {
                t.append('%').append(UPPERHEX.charAt(c >> 4)).append(UPPERHEX.charAt(c & 15));
            } else {
                t.append(c);
            }
        }
        return t.toString();
    }

    /** A failed unescape: the error value (an EscapeError or InvalidHostError). */
    static final class Failure extends Exception {
        final transient Object err;

        Failure(Object err) {
            super(null, null, false, false);
            this.err = err;
        }
    }

    /** Unescapes s for the given part; '+' is a space in a query component. */
    static String unescape(String s, int mode) throws Failure {
        int n = 0;
        boolean hasPlus = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> {
                    n++;
                    if (i + 2 >= s.length() || !ishex(s.charAt(i + 1)) || !ishex(s.charAt(i + 2))) {
                        String bad = s.substring(i);
                        if (bad.length() > 3) {
                            bad = bad.substring(0, 3);
                        }
                        throw new Failure(new EscapeError(bad));
                    }
                    // in a host, %-encoding is for non-ASCII bytes only, and %25 (RFC 6874's zone)
                    if (mode == HOST && unhex(s.charAt(i + 1)) < 8 && !s.startsWith("%25", i)) {
                        throw new Failure(new EscapeError(s.substring(i, i + 3)));
                    }
                    if (mode == ZONE) {
                        char v = (char) (unhex(s.charAt(i + 1)) << 4 | unhex(s.charAt(i + 2)));
                        if (!s.startsWith("%25", i) && v != ' ' && shouldEscape(v, HOST)) {
                            throw new Failure(new EscapeError(s.substring(i, i + 3)));
                        }
                    }
                    i += 3;
                }
                case '+' -> {
                    hasPlus = mode == QUERY_COMPONENT;
                    i++;
                }
                default -> {
                    if ((mode == HOST || mode == ZONE) && c < 0x80 && shouldEscape(c, mode)) {
                        throw new Failure(new InvalidHostError(s.substring(i, i + 1)));
                    }
                    i++;
                }
            }
        }
        if (n == 0 && !hasPlus) {
            return s;
        }
        StringBuilder t = new StringBuilder(s.length() - 2 * n);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> {
                    t.append((char) (unhex(s.charAt(i + 1)) << 4 | unhex(s.charAt(i + 2))));
                    i += 2;
                }
                case '+' -> t.append(mode == QUERY_COMPONENT ? ' ' : '+');
                default -> t.append(c);
            }
        }
        return t.toString();
    }

    /** Whether s is a valid encoded path or fragment: nothing in it needs escaping. */
    static boolean validEncoded(String s, int mode) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
                    break;
                default:
                    if (shouldEscape(c, mode)) {
                        return false;
                    }
            }
        }
        return true;
    }

    /** Go's errors.New, for the parse errors that are plain texts. */
    static Object error(String text) {
        return ErrorString.of(text);
    }
}
