package go4j.std.path.filepath;

import go4j.lang.SliceL;
import go4j.lang.Str;

/**
 * Go's {@code path/filepath} on a Unix system (stub {@code go4j/std/path/filepath/filepath.go}):
 * with {@code /} as the separator the lexical functions are {@code path}'s
 * ({@link go4j.std.path.Pkg}); {@code Abs} joins the current directory, and {@code Rel} is
 * Go's algorithm with its error text.
 *
 * <pre>{@code
 * Pkg.Rel("/a/b", "/a/c/d"); // {"../c/d", null}
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** {@code filepath.ErrBadPattern}: its own error value, as in Go (not path's). */
    public static Object ErrBadPattern = go4j.std.errors.Pkg.New("syntax error in pattern");

    /** @return {absolute path, error}: path joined to the current directory, cleaned */
    public static Object[] Abs(String path) {
        if (IsAbs(path)) {
            return new Object[] {Clean(path), null};
        }
        String wd = Str.fromJava(System.getProperty("user.dir"));
        return new Object[] {Join(SliceL.of(wd, path)), null};
    }

    /** @return path's last element */
    public static String Base(String path) {
        return go4j.std.path.Pkg.Base(path);
    }

    /** @return the shortest equivalent path */
    public static String Clean(String path) {
        return go4j.std.path.Pkg.Clean(path);
    }

    /** @return all but the last element, cleaned */
    public static String Dir(String path) {
        return go4j.std.path.Pkg.Dir(path);
    }

    /** @return the extension */
    public static String Ext(String path) {
        return go4j.std.path.Pkg.Ext(path);
    }

    /** @return path itself: the separator is a slash */
    public static String FromSlash(String path) {
        return path;
    }

    /** @return path itself: the separator is a slash */
    public static String ToSlash(String path) {
        return path;
    }

    /** @return whether path is absolute */
    public static boolean IsAbs(String path) {
        return path.startsWith("/");
    }

    /** @return the non-empty elements joined, cleaned */
    public static String Join(SliceL elem) {
        return go4j.std.path.Pkg.Join(elem);
    }

    /** @return {matched, error}: path.Match's answer, with this package's ErrBadPattern */
    public static Object[] Match(String pattern, String name) {
        Object[] r = go4j.std.path.Pkg.Match(pattern, name);
        if (r[1] != null) {
            r[1] = ErrBadPattern;
        }
        return r;
    }

    /** @return {dir, file} */
    public static Object[] Split(String path) {
        return go4j.std.path.Pkg.Split(path);
    }

    /** @return "": Unix paths have no volume */
    public static String VolumeName(String path) {
        return "";
    }

    /** @return the list's paths, split at colons; none for "" */
    public static SliceL SplitList(String path) {
        if (path.isEmpty()) {
            return SliceL.of();
        }
        return SliceL.of((Object[]) path.split(":", -1));
    }

    /**
     * Go's {@code filepath.Rel}: a path that, joined to basepath, is lexically targpath.
     *
     * @param basepath the base
     * @param targpath the target
     * @return {relative path, error}; the error when one is absolute and the other not, or
     *     the target would need to know what the base's {@code ..} is
     */
    public static Object[] Rel(String basepath, String targpath) {
        String base = Clean(basepath);
        String targ = Clean(targpath);
        if (targ.equals(base)) {
            return new Object[] {".", null};
        }
        if (base.equals(".")) {
            base = "";
        }
        boolean baseSlashed = !base.isEmpty() && base.charAt(0) == '/';
        boolean targSlashed = !targ.isEmpty() && targ.charAt(0) == '/';
        if (baseSlashed != targSlashed) {
            return relError(basepath, targpath);
        }
        int bl = base.length();
        int tl = targ.length();
        int b0 = 0;
        int bi = 0;
        int t0 = 0;
        int ti = 0;
        while (true) {
            while (bi < bl && base.charAt(bi) != '/') {
                bi++;
            }
            while (ti < tl && targ.charAt(ti) != '/') {
                ti++;
            }
            if (!targ.substring(t0, ti).equals(base.substring(b0, bi))) {
                break;
            }
            if (bi < bl) {
                bi++;
            }
            if (ti < tl) {
                ti++;
            }
            b0 = bi;
            t0 = ti;
        }
        if (base.substring(b0, bi).equals("..")) {
            return relError(basepath, targpath);
        }
        if (b0 != bl) {
            int seps = 0;
            for (int i = b0; i < bl; i++) {
                if (base.charAt(i) == '/') {
                    seps++;
                }
            }
            StringBuilder sb = new StringBuilder("..");
            for (int i = 0; i < seps; i++) {
                sb.append("/..");
            }
            if (t0 != tl) {
                sb.append('/').append(targ, t0, tl);
            }
            return new Object[] {sb.toString(), null};
        }
        return new Object[] {targ.substring(t0), null};
    }

    private static Object[] relError(String basepath, String targpath) {
        return new Object[] {"", go4j.std.errors.Pkg.New("Rel: can't make " + targpath + " relative to " + basepath)};
    }
}
