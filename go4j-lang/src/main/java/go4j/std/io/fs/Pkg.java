package go4j.std.io.fs;

import go4j.lang.ErrorString;

/**
 * Go's {@code io/fs} package, the part os needs (stub {@code go4j/std/io/fs/fs.go}): the
 * generic file system errors, which os's errors unwrap to through {@code syscall.Errno}'s
 * {@code Is} ({@link go4j.std.syscall.Errno}), and {@link #ValidPath}.
 *
 * <pre>{@code
 * go4j.std.errors.Pkg.Is(pathErrorOfENOENT, Pkg.ErrNotExist);  // true
 * Pkg.ValidPath("a/b");                                           // true
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    // The variables are not final: a Go program may assign them, with putstatic.

    /** Go's {@code fs.ErrInvalid}. */
    public static Object ErrInvalid = ErrorString.of("invalid argument");

    /** Go's {@code fs.ErrPermission}. */
    public static Object ErrPermission = ErrorString.of("permission denied");

    /** Go's {@code fs.ErrExist}. */
    public static Object ErrExist = ErrorString.of("file already exists");

    /** Go's {@code fs.ErrNotExist}. */
    public static Object ErrNotExist = ErrorString.of("file does not exist");

    /** Go's {@code fs.ErrClosed}. */
    public static Object ErrClosed = ErrorString.of("file already closed");

    /** Go's {@code fs.SkipDir}, which filepath.SkipDir is too. */
    public static Object SkipDir = ErrorString.of("skip this directory");

    /**
     * Go's {@code fs.FileInfoToDirEntry}.
     *
     * @param info a FileInfo (a value with its methods), or null
     * @return a DirEntry reading info, or null for null
     */
    public static Object FileInfoToDirEntry(Object info) {
        return info == null ? null : new StatDirEntry(info);
    }

    /**
     * Go's {@code fs.ValidPath}: an unrooted, slash-separated path whose elements are not
     * empty, "." or ".."; "." alone names the root and is valid.
     *
     * @param name the path, a Go string
     * @return whether it is valid
     */
    public static boolean ValidPath(String name) {
        if (name.equals(".")) {
            return true;
        }
        for (;;) {
            int i = 0;
            while (i < name.length() && name.charAt(i) != '/') {
                i++;
            }
            String elem = name.substring(0, i);
            if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) {
                return false;
            }
            if (i == name.length()) {
                return true;
            }
            name = name.substring(i + 1);
        }
    }
}
