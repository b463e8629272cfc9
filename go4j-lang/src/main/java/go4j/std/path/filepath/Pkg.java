package go4j.std.path.filepath;

import go4j.fn.F$LLL$L;
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

    /** {@code filepath.SkipDir}: fs.SkipDir itself, as in Go. */
    public static Object SkipDir = go4j.std.io.fs.Pkg.SkipDir;

    /**
     * Go's {@code filepath.WalkDir}: fn for root and everything below it, in lexical order,
     * a directory before its entries; fn's SkipDir skips a directory (or the rest of a file's
     * directory), any other error stops the walk and is returned.
     *
     * @param root the tree's root
     * @param fn   a compiled {@code fs.WalkDirFunc}
     * @return the error that stopped the walk, or null
     */
    public static Object WalkDir(String root, Object fn) {
        F$LLL$L f = (F$LLL$L) fn;
        Object[] st = go4j.std.os.Pkg.Lstat(root);
        Object err = st[1] != null ? f.call(root, null, st[1])
                : walkDir(root, go4j.std.io.fs.Pkg.FileInfoToDirEntry(st[0]), f);
        return err == SkipDir ? null : err;
    }

    private static Object walkDir(String path, Object d, F$LLL$L fn) {
        boolean isDir = ((go4j.fn.M$IsDir$$Z) d).IsDir();
        Object err = fn.call(path, d, null);
        if (err != null || !isDir) {
            return err == SkipDir && isDir ? null : err;
        }
        Object[] rd = go4j.std.os.Pkg.ReadDir(path);
        if (rd[1] != null) {
            err = fn.call(path, d, rd[1]);
            if (err != null) {
                return err == SkipDir && isDir ? null : err;
            }
        }
        SliceL dirs = (SliceL) rd[0];
        long n = dirs == null ? 0 : SliceL.len(dirs);
        for (long i = 0; i < n; i++) {
            Object d1 = SliceL.get(dirs, i);
            String path1 = Join(SliceL.of(path, ((go4j.fn.M$Name$$L) d1).Name()));
            Object e = walkDir(path1, d1, fn);
            if (e != null) {
                if (e == SkipDir) {
                    break;
                }
                return e;
            }
        }
        return null;
    }

    /**
     * Go's {@code filepath.Walk}: as WalkDir, with each file's FileInfo (an lstat), the
     * names of a directory read before fn sees it.
     *
     * @param root the tree's root
     * @param fn   a compiled {@code filepath.WalkFunc}
     * @return the error that stopped the walk, or null
     */
    public static Object Walk(String root, Object fn) {
        F$LLL$L f = (F$LLL$L) fn;
        Object[] st = go4j.std.os.Pkg.Lstat(root);
        Object err = st[1] != null ? f.call(root, null, st[1]) : walk(root, st[0], f);
        return err == SkipDir ? null : err;
    }

    private static Object walk(String path, Object info, F$LLL$L fn) {
        if (!((go4j.fn.M$IsDir$$Z) info).IsDir()) {
            return fn.call(path, info, null);
        }
        Object[] rd = go4j.std.os.Pkg.ReadDir(path);
        Object err1 = fn.call(path, info, rd[1]);
        if (rd[1] != null || err1 != null) {
            return err1;
        }
        SliceL dirs = (SliceL) rd[0];
        long n = SliceL.len(dirs);
        for (long i = 0; i < n; i++) {
            String filename = Join(SliceL.of(path, ((go4j.fn.M$Name$$L) SliceL.get(dirs, i)).Name()));
            Object[] st = go4j.std.os.Pkg.Lstat(filename);
            if (st[1] != null) {
                Object e = fn.call(filename, st[0], st[1]);
                if (e != null && e != SkipDir) {
                    return e;
                }
            } else {
                Object e = walk(filename, st[0], fn);
                if (e != null && (!((go4j.fn.M$IsDir$$Z) st[0]).IsDir() || e != SkipDir)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Go's {@code filepath.Glob}: the names matching the pattern, each directory's matches
     * sorted; ErrBadPattern for a malformed pattern; I/O errors ignored, as in Go.
     *
     * @param pattern a Match pattern, possibly with a directory part with patterns of its own
     * @return {[]string or nil, error}
     */
    public static Object[] Glob(String pattern) {
        Object[] ok = Match(pattern, "");
        if (ok[1] != null) {
            return new Object[] {null, ok[1]};
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!hasMeta(pattern)) {
            if (go4j.std.os.Pkg.Lstat(pattern)[1] != null) {
                return new Object[] {null, null};
            }
            return new Object[] {SliceL.of(pattern), null};
        }
        Object[] split = Split(pattern);
        String dir = cleanGlobPath((String) split[0]);
        String file = (String) split[1];
        if (!hasMeta(dir)) {
            Object e = glob(dir, file, out);
            if (e != null) {
                return new Object[] {null, e};
            }
        } else {
            if (dir.equals(pattern)) {
                return new Object[] {null, ErrBadPattern};
            }
            Object[] m = Glob(dir);
            if (m[1] != null) {
                return m;
            }
            SliceL dirs = (SliceL) m[0];
            long n = dirs == null ? 0 : SliceL.len(dirs);
            for (long i = 0; i < n; i++) {
                Object e = glob((String) SliceL.get(dirs, i), file, out);
                if (e != null) {
                    return new Object[] {null, e};
                }
            }
        }
        return new Object[] {out.isEmpty() ? null : SliceL.of(out.toArray()), null};
    }

    private static String cleanGlobPath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        if (path.equals("/")) {
            return path;
        }
        return path.substring(0, path.length() - 1); // chop off the trailing separator
    }

    /** Adds dir's entries matching pattern, sorted; null, or ErrBadPattern. */
    private static Object glob(String dir, String pattern, java.util.List<String> out) {
        Object[] st = go4j.std.os.Pkg.Stat(dir);
        if (st[1] != null || !((go4j.fn.M$IsDir$$Z) st[0]).IsDir()) {
            return null;
        }
        Object[] rd = go4j.std.os.Pkg.ReadDir(dir);
        if (rd[1] != null) {
            return null;
        }
        SliceL names = (SliceL) rd[0];
        long n = SliceL.len(names);
        for (long i = 0; i < n; i++) {
            String name = (String) ((go4j.fn.M$Name$$L) SliceL.get(names, i)).Name();
            Object[] m = Match(pattern, name);
            if (m[1] != null) {
                return m[1];
            }
            if ((Boolean) m[0]) {
                out.add(Join(SliceL.of(dir, name)));
            }
        }
        return null;
    }

    private static boolean hasMeta(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** @return {absolute path, error}: path joined to the current directory, cleaned */
    public static Object[] Abs(String path) {
        if (IsAbs(path)) {
            return new Object[] {Clean(path), null};
        }
        String wd = (String) go4j.std.os.Pkg.Getwd()[0]; // go4j's working directory, which Chdir moves
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
