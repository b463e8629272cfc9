package go4j.std.io.ioutil;

import go4j.lang.SliceB;
import go4j.lang.SliceL;

/**
 * Go's {@code io/ioutil} (stub {@code go4j/std/io/ioutil/ioutil.go}): each function is the io or
 * os one Go 1.16 moved it to, as Go's own ioutil is; {@code ReadDir} lists FileInfos sorted by
 * name.
 *
 * <pre>{@code
 * Pkg.ReadFile("go.mod"); // {[]byte, error}, os.ReadFile's
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** {@code ioutil.Discard}: io.Discard. */
    public static Object Discard = go4j.std.io.Pkg.Discard;

    /** @return io.NopCloser(r) */
    public static Object NopCloser(Object r) {
        return go4j.std.io.Pkg.NopCloser(r);
    }

    /** @return io.ReadAll(r) */
    public static Object[] ReadAll(Object r) {
        return go4j.std.io.Pkg.ReadAll(r);
    }

    /** @return os.ReadFile(filename) */
    public static Object[] ReadFile(String filename) {
        return go4j.std.os.Pkg.ReadFile(filename);
    }

    /** @return os.WriteFile(filename, data, perm) */
    public static Object WriteFile(String filename, SliceB data, int perm) {
        return go4j.std.os.Pkg.WriteFile(filename, data, perm);
    }

    /** @return os.MkdirTemp(dir, pattern) */
    public static Object[] TempDir(String dir, String pattern) {
        return go4j.std.os.Pkg.MkdirTemp(dir, pattern);
    }

    /** @return os.CreateTemp(dir, pattern) */
    public static Object[] TempFile(String dir, String pattern) {
        return go4j.std.os.Pkg.CreateTemp(dir, pattern);
    }

    /**
     * Go's {@code ioutil.ReadDir}: the directory's FileInfos, sorted by name.
     *
     * @return {[]fs.FileInfo, error}
     */
    public static Object[] ReadDir(String dirname) {
        Object[] o = go4j.std.os.Pkg.Open(dirname);
        if (o[1] != null) {
            return new Object[] {null, o[1]};
        }
        go4j.std.os.File f = (go4j.std.os.File) o[0];
        Object[] r = f.Readdir(-1);
        f.Close();
        if (r[1] != null) {
            return new Object[] {null, r[1]};
        }
        SliceL list = (SliceL) r[0];
        Object[] items = new Object[(int) SliceL.len(list)];
        for (int i = 0; i < items.length; i++) {
            items[i] = SliceL.get(list, i);
        }
        java.util.Arrays.sort(items, java.util.Comparator.comparing(x -> (String) ((go4j.fn.M$Name$$L) x).Name()));
        return new Object[] {SliceL.of(items), null};
    }
}
