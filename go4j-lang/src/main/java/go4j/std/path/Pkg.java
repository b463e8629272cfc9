package go4j.std.path;

import go4j.lang.SliceL;
import go4j.lang.Str;

/**
 * Go's {@code path} (stub {@code go4j/std/path/path.go}): slash-separated paths, worked on
 * lexically as Go's functions do (Rob Pike's rules in {@code Clean}), byte by byte on Go strings
 * (docs/adr/0009). {@code Match} is Go's shell pattern matcher: {@code *}, {@code ?},
 * character classes with ranges and {@code ^}, and backslash escapes, with
 * {@link #ErrBadPattern} for a malformed pattern.
 *
 * <pre>{@code
 * Pkg.Clean("a//b/../c/."); // a/c
 * Pkg.Join(SliceL.of("a", "", "b/")); // a/b
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** {@code path.ErrBadPattern}, an error value; Go code may reassign it. */
    public static Object ErrBadPattern = go4j.std.errors.Pkg.New("syntax error in pattern");

    /** @return the shortest path equivalent to {@code path} by purely lexical processing */
    public static String Clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0; // where .. must stop backtracking
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++; // empty element
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++; // . element
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2; // .. element: remove to the last /
                int w = out.length();
                if (w > dotdot) {
                    w--;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (w > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && out.length() != 0) {
                    out.append('/');
                }
                for (; r < n && path.charAt(r) != '/'; r++) {
                    out.append(path.charAt(r));
                }
            }
        }
        return out.isEmpty() ? "." : out.toString();
    }

    /** @return {dir, file}: path split after its last slash */
    public static Object[] Split(String path) {
        int i = path.lastIndexOf('/');
        return new Object[] {path.substring(0, i + 1), path.substring(i + 1)};
    }

    /** @return the non-empty elements joined by slashes, cleaned; "" if all are empty */
    public static String Join(SliceL elem) {
        StringBuilder sb = new StringBuilder();
        long n = SliceL.len(elem);
        for (long i = 0; i < n; i++) {
            String e = (String) SliceL.get(elem, i);
            if (!e.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('/');
                }
                sb.append(e);
            }
        }
        return sb.isEmpty() ? "" : Clean(sb.toString());
    }

    /** @return the file name extension: from the last dot of the last element, or "" */
    public static String Ext(String path) {
        for (int i = path.length() - 1; i >= 0 && path.charAt(i) != '/'; i--) {
            if (path.charAt(i) == '.') {
                return path.substring(i);
            }
        }
        return "";
    }

    /** @return the last element, trailing slashes removed; "." for "", "/" for only slashes */
    public static String Base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        path = path.substring(0, end);
        int i = path.lastIndexOf('/');
        if (i >= 0) {
            path = path.substring(i + 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    /** @return all but the last element, cleaned */
    public static String Dir(String path) {
        return Clean((String) Split(path)[0]);
    }

    /** @return whether the path is absolute (starts with a slash) */
    public static boolean IsAbs(String path) {
        return path.startsWith("/");
    }

    /**
     * Go's {@code path.Match}.
     *
     * @param pattern the shell pattern
     * @param name    the name to match
     * @return {Boolean matched, error or null}: ErrBadPattern for a malformed pattern
     */
    public static Object[] Match(String pattern, String name) {
        try {
            return new Object[] {match(pattern, name), null};
        } catch (BadPattern e) {
            return new Object[] {false, ErrBadPattern};
        }
    }

    private static final class BadPattern extends Exception {
        private static final long serialVersionUID = 1L;

        BadPattern() {
            super(null, null, false, false);
        }
    }

    private static boolean match(String pattern, String name) throws BadPattern {
        Pattern:
        while (!pattern.isEmpty()) {
            boolean star = false;
            while (!pattern.isEmpty() && pattern.charAt(0) == '*') {
                pattern = pattern.substring(1);
                star = true;
            }
            int end = chunkEnd(pattern);
            String chunk = pattern.substring(0, end);
            pattern = pattern.substring(end);
            if (star && chunk.isEmpty()) {
                return name.indexOf('/') < 0; // a trailing * matches the rest of the element
            }
            String t = matchChunk(chunk, name);
            if (t != null && (t.isEmpty() || !pattern.isEmpty())) {
                name = t;
                continue;
            }
            if (star) {
                // look for a match skipping i+1 bytes; a * does not cross a slash
                for (int i = 0; i < name.length() && name.charAt(i) != '/'; i++) {
                    t = matchChunk(chunk, name.substring(i + 1));
                    if (t != null) {
                        if (pattern.isEmpty() && !t.isEmpty()) {
                            continue;
                        }
                        name = t;
                        continue Pattern;
                    }
                }
            }
            // no match: the rest of the pattern must still be well formed
            while (!pattern.isEmpty()) {
                while (!pattern.isEmpty() && pattern.charAt(0) == '*') {
                    pattern = pattern.substring(1);
                }
                int e = chunkEnd(pattern);
                matchChunk(pattern.substring(0, e), "");
                pattern = pattern.substring(e);
            }
            return false;
        }
        return name.isEmpty();
    }

    /** The end of the pattern's first chunk: up to an unescaped * outside a class. */
    private static int chunkEnd(String p) {
        boolean inRange = false;
        for (int i = 0; i < p.length(); i++) {
            switch (p.charAt(i)) {
                case '\\' -> {
                    if (i + 1 < p.length()) {
                        i++;
                    }
                }
                case '[' -> inRange = true;
                case ']' -> inRange = false;
                case '*' -> {
                    if (!inRange) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return p.length();
    }

    /** What is left of s after chunk matches its start; null if it does not. Whole runes, as Go's. */
    private static String matchChunk(String chunk, String s) throws BadPattern {
        boolean failed = false;
        while (!chunk.isEmpty()) {
            if (!failed && s.isEmpty()) {
                failed = true;
            }
            switch (chunk.charAt(0)) {
                case '[' -> {
                    int r = 0;
                    int n = 0;
                    if (!failed) {
                        long d = Str.decodeRune(s, 0);
                        r = Str.rune(d);
                        n = Str.width(d);
                        s = s.substring(n);
                    }
                    chunk = chunk.substring(1);
                    boolean negated = !chunk.isEmpty() && chunk.charAt(0) == '^';
                    if (negated) {
                        chunk = chunk.substring(1);
                    }
                    boolean matched = false;
                    int nrange = 0;
                    while (true) {
                        if (!chunk.isEmpty() && chunk.charAt(0) == ']' && nrange > 0) {
                            chunk = chunk.substring(1);
                            break;
                        }
                        int[] lo = escapedRune(chunk);
                        chunk = chunk.substring(lo[1]);
                        int hi = lo[0];
                        if (!chunk.isEmpty() && chunk.charAt(0) == '-') {
                            int[] h = escapedRune(chunk.substring(1));
                            chunk = chunk.substring(1 + h[1]);
                            hi = h[0];
                        }
                        if (lo[0] <= r && r <= hi) {
                            matched = true;
                        }
                        nrange++;
                    }
                    if (matched == negated) {
                        failed = true;
                    }
                }
                case '?' -> {
                    if (!failed) {
                        if (s.charAt(0) == '/') {
                            failed = true;
                        }
                        s = s.substring(Str.width(Str.decodeRune(s, 0)));
                    }
                    chunk = chunk.substring(1);
                }
                case '\\' -> {
                    chunk = chunk.substring(1);
                    if (chunk.isEmpty()) {
                        throw new BadPattern();
                    }
                    if (!failed) {
                        if (chunk.charAt(0) != s.charAt(0)) {
                            failed = true;
                        }
                        s = s.substring(1);
                    }
                    chunk = chunk.substring(1);
                }
                default -> {
                    if (!failed) {
                        if (chunk.charAt(0) != s.charAt(0)) {
                            failed = true;
                        }
                        s = s.substring(1);
                    }
                    chunk = chunk.substring(1);
                }
            }
        }
        return failed ? null : s;
    }

    /** {rune, bytes consumed} of a class's character, which may be escaped. */
    private static int[] escapedRune(String chunk) throws BadPattern {
        if (chunk.isEmpty() || chunk.charAt(0) == '-' || chunk.charAt(0) == ']') {
            throw new BadPattern();
        }
        int skip = 0;
        if (chunk.charAt(0) == '\\') {
            chunk = chunk.substring(1);
            skip = 1;
            if (chunk.isEmpty()) {
                throw new BadPattern();
            }
        }
        long d = Str.decodeRune(chunk, 0);
        int r = Str.rune(d);
        int n = Str.width(d);
        if (r == 0xFFFD && n == 1) {
            throw new BadPattern();
        }
        if (chunk.length() == n) {
            throw new BadPattern(); // a class needs its closing ]
        }
        return new int[] {r, skip + n};
    }
}
