package go4j.std.os;

import go4j.fn.F$L$L;
import go4j.lang.Eq;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Writer;
import go4j.std.io.fs.PathError;
import go4j.std.syscall.Errno;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Go's {@code os} package (stub {@code go4j/std/os/os.go}): the standard streams, files and
 * directories over java.nio, the environment, the working directory. Its variables are the
 * static fields compiled code reads with {@code getstatic}, typed as the compiler maps their Go
 * types. Names are Go strings (UTF-8, one char per byte), converted with {@link Str#toJava} for
 * the JDK; a relative name is resolved against go4j's working directory ({@link #Chdir}). A
 * failure is Go's error with Go's text: a {@code *fs.PathError} ({@code open /x: no such file
 * or directory}) or {@code *os.LinkError} around a {@code syscall.Errno}, which
 * {@code errors.Is} matches with {@code os.ErrNotExist}, {@code os.ErrExist} and
 * {@code os.ErrPermission} as Go's Errno.Is does.
 *
 * <pre>{@code
 * Pkg.WriteFile("a.txt", SliceB.fromString("hi\n"), 0644); // null
 * Pkg.ReadFile("a.txt");                                      // {SliceB "hi\n", null}
 * Pkg.Remove("a.txt");                                        // null
 * Pkg.Getenv("HOME");                                         // "/home/gopher"
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    static final long O_WRONLY = 0x1;
    static final long O_RDWR = 0x2;
    static final long O_APPEND = 0x400;
    static final long O_CREATE = 0x40;
    static final long O_EXCL = 0x80;
    static final long O_SYNC = 0x101000;
    static final long O_TRUNC = 0x200;

    // The variables are not final: a Go program may assign them, with putstatic.

    /**
     * Go's {@code os.Args}, a {@code []string}: the program's name, then the arguments {@code
     * go4j run prog.go a b} passed after the Go files (the driver sets it before main runs).
     */
    public static SliceL Args = SliceL.of(Str.fromJava(System.getProperty("go4j.program", "prog")));

    /** Go's {@code os.Stdin}: reads the JVM's {@code System.in}. */
    public static File Stdin = new File("/dev/stdin", System.in, null, 0);

    /** Go's {@code os.Stdout}. */
    public static File Stdout = new File("/dev/stdout", null, Writer.STDOUT, 1);

    /** Go's {@code os.Stderr}. */
    public static File Stderr = new File("/dev/stderr", null, Writer.STDERR, 2);

    /** Go's {@code os.ErrInvalid}, io/fs's. */
    public static Object ErrInvalid = go4j.std.io.fs.Pkg.ErrInvalid;

    /** Go's {@code os.ErrPermission}, io/fs's. */
    public static Object ErrPermission = go4j.std.io.fs.Pkg.ErrPermission;

    /** Go's {@code os.ErrExist}, io/fs's. */
    public static Object ErrExist = go4j.std.io.fs.Pkg.ErrExist;

    /** Go's {@code os.ErrNotExist}, io/fs's. */
    public static Object ErrNotExist = go4j.std.io.fs.Pkg.ErrNotExist;

    /** Go's {@code os.ErrClosed}, io/fs's. */
    public static Object ErrClosed = go4j.std.io.fs.Pkg.ErrClosed;

    /** The name Executable returns: the program's, as os.Args[0] starts. */
    private static final String EXECUTABLE = (String) Args.array[Args.offset];

    private static final Object ERR_PATTERN_SEPARATOR = go4j.lang.ErrorString.of("pattern contains path separator");

    // ---- the process ----

    /**
     * Go's os.Exit: flushes what the program wrote, then halts the JVM: no deferred call, no
     * shutdown hook runs, as no deferred function runs in Go.
     *
     * @param code the exit status
     */
    public static void Exit(long code) {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt((int) code);
    }

    /** @return the process id */
    public static long Getpid() {
        return ProcessHandle.current().pid();
    }

    /** @return the parent's process id, 0 when the JDK cannot tell */
    public static long Getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** @return the user id of the process (the owner of /proc/self), -1 when unknown */
    public static long Getuid() {
        return procSelf("unix:uid");
    }

    /** @return the group id of the process, -1 when unknown */
    public static long Getgid() {
        return procSelf("unix:gid");
    }

    private static long procSelf(String attr) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), attr)).longValue();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Go's {@code os.Hostname}: the kernel's host name.
     *
     * @return {@code {String name, err}}
     */
    public static Object[] Hostname() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            return new Object[] {Str.fromJava(h), null};
        } catch (IOException | RuntimeException e) {
            try {
                return new Object[] {Str.fromJava(InetAddress.getLocalHost().getHostName()), null};
            } catch (IOException e2) {
                return new Object[] {"", new SyscallError("uname", Errno.of(e2))};
            }
        }
    }

    /**
     * Go's {@code os.Executable}; go4j's program is no file of its own, so this is the
     * program's name, as {@code os.Args[0]} starts.
     *
     * @return {@code {String name, null}}
     */
    public static Object[] Executable() {
        return new Object[] {EXECUTABLE, null};
    }

    // ---- the environment ----

    /** @return the value of the environment variable key, "" if unset */
    public static String Getenv(String key) {
        String v = Env.get(key);
        return v == null ? "" : v;
    }

    /** @return {String value, Boolean set} of the environment variable key */
    public static Object[] LookupEnv(String key) {
        String v = Env.get(key);
        return new Object[] {v == null ? "" : v, v != null};
    }

    /**
     * Go's {@code os.Setenv}, in go4j's copy of the environment.
     *
     * @return null, or {@code setenv: invalid argument} for an empty key, a key with '=' or
     *     NUL, a value with NUL
     */
    public static Object Setenv(String key, String value) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            return new SyscallError("setenv", Errno.EINVAL);
        }
        Env.set(key, value);
        return null;
    }

    /** Go's {@code os.Unsetenv}: null. */
    public static Object Unsetenv(String key) {
        Env.unset(key);
        return null;
    }

    /** Go's {@code os.Clearenv}. */
    public static void Clearenv() {
        Env.clear();
    }

    /** @return Go's {@code os.Environ}: a new {@code []string} of "key=value" */
    public static SliceL Environ() {
        return SliceL.of(Env.all().toArray());
    }

    /** Go's {@code os.ExpandEnv}: {@link #Expand} with Getenv. */
    public static String ExpandEnv(String s) {
        return expand(s, Pkg::Getenv);
    }

    /**
     * Go's {@code os.Expand}: each {@code $name} or {@code ${name}} replaced by mapping(name);
     * {@code $} before no name stays, bad syntax ({@code ${}}) is dropped.
     *
     * @param mapping a {@code func(string) string}
     */
    public static String Expand(String s, Object mapping) {
        if (mapping == null) {
            return expand(s, k -> {
                throw go4j.lang.RuntimeError.nilDeref();
            });
        }
        F$L$L f = (F$L$L) mapping;
        return expand(s, k -> (String) f.call(k));
    }

    private static String expand(String s, java.util.function.UnaryOperator<String> mapping) {
        StringBuilder buf = null;
        int i = 0;
        for (int j = 0; j < s.length(); j++) {
            if (s.charAt(j) == '$' && j + 1 < s.length()) {
                if (buf == null) {
                    buf = new StringBuilder(2 * s.length());
                }
                buf.append(s, i, j);
                String rest = s.substring(j + 1);
                String name;
                int w;
                char c0 = rest.charAt(0);
                if (c0 == '{') {
                    if (rest.length() > 2 && shellSpecial(rest.charAt(1)) && rest.charAt(2) == '}') {
                        name = rest.substring(1, 2);
                        w = 3;
                    } else {
                        int close = rest.indexOf('}', 1);
                        if (close == 1) {
                            name = "";
                            w = 2;
                        } else if (close < 0) {
                            name = "";
                            w = 1;
                        } else {
                            name = rest.substring(1, close);
                            w = close + 1;
                        }
                    }
                } else if (shellSpecial(c0)) {
                    name = rest.substring(0, 1);
                    w = 1;
                } else {
                    int k = 0;
                    while (k < rest.length() && alphaNum(rest.charAt(k))) {
                        k++;
                    }
                    name = rest.substring(0, k);
                    w = k;
                }
                if (name.isEmpty() && w > 0) {
                    // bad syntax: eaten
                } else if (name.isEmpty()) {
                    buf.append('$');
                } else {
                    buf.append(mapping.apply(name));
                }
                j += w;
                i = j + 1;
            }
        }
        if (buf == null) {
            return s;
        }
        return buf.append(s, Math.min(i, s.length()), s.length()).toString();
    }

    private static boolean shellSpecial(char c) {
        return "*#$@!?-0123456789".indexOf(c) >= 0;
    }

    private static boolean alphaNum(char c) {
        return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    // ---- errors ----

    /** Go's {@code os.NewSyscallError}: nil for a nil err. */
    public static Object NewSyscallError(String syscall, Object err) {
        return err == null ? null : new SyscallError(syscall, err);
    }

    /** The error a *PathError, *LinkError or *SyscallError holds, else err itself. */
    private static Object underlying(Object err) {
        return switch (err) {
            case PathError p -> p.Err;
            case LinkError l -> l.Err;
            case SyscallError s -> s.Err;
            default -> err;
        };
    }

    private static boolean underlyingIs(Object err, Object target) {
        if (err == null) {
            return false;
        }
        Object e = underlying(err);
        if (e == target || e != null && Eq.equal(e, target)) {
            return true;
        }
        return e instanceof Errno n && n.Is(target);
    }

    /** Go's {@code os.IsExist}: ErrExist, or EEXIST or ENOTEMPTY under a PathError, LinkError or SyscallError. */
    public static boolean IsExist(Object err) {
        return underlyingIs(err, ErrExist);
    }

    /** Go's {@code os.IsNotExist}: ErrNotExist, or ENOENT under a PathError, LinkError or SyscallError. */
    public static boolean IsNotExist(Object err) {
        return underlyingIs(err, ErrNotExist);
    }

    /** Go's {@code os.IsPermission}: ErrPermission, or EACCES or EPERM under a PathError, LinkError or SyscallError. */
    public static boolean IsPermission(Object err) {
        return underlyingIs(err, ErrPermission);
    }

    /** @return whether c is '/' */
    public static boolean IsPathSeparator(int c) {
        return c == '/';
    }

    // ---- files ----

    /** Go's {@code os.Open}: OpenFile(name, O_RDONLY, 0). */
    public static Object[] Open(String name) {
        return OpenFile(name, 0, 0);
    }

    /** Go's {@code os.Create}: OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666). */
    public static Object[] Create(String name) {
        return OpenFile(name, O_RDWR | O_CREATE | O_TRUNC, 0666);
    }

    /**
     * Go's {@code os.OpenFile}.
     *
     * @param name the name, a Go string
     * @param flag O_RDONLY, O_WRONLY or O_RDWR, with O_APPEND, O_CREATE, O_EXCL, O_SYNC,
     *             O_TRUNC
     * @param perm the permission bits of a file it creates (less the umask)
     * @return {@code {File f, err}}: an {@code open} PathError on failure
     */
    public static Object[] OpenFile(String name, long flag, int perm) {
        try {
            Path p = Fs.path(name);
            Set<OpenOption> opts = new HashSet<>();
            long acc = flag & 3;
            if (acc == 0 || acc == O_RDWR) {
                opts.add(StandardOpenOption.READ);
            }
            if (acc == O_WRONLY || acc == O_RDWR) {
                opts.add(StandardOpenOption.WRITE);
            }
            if ((flag & O_CREATE) != 0) {
                opts.add((flag & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flag & O_TRUNC) != 0) {
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            if ((flag & O_SYNC) == O_SYNC) {
                opts.add(StandardOpenOption.SYNC);
            }
            boolean append = (flag & O_APPEND) != 0;
            if ((flag & O_CREATE) != 0 && acc == 0) {
                // the JDK creates no file it opens only for reading; open(2) does
                opts.remove(StandardOpenOption.CREATE);
                opts.remove(StandardOpenOption.CREATE_NEW);
                try {
                    Files.createFile(p, Fs.perm(perm));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if ((flag & O_EXCL) != 0) {
                        throw e;
                    }
                }
            }
            FileChannel ch = FileChannel.open(p, opts, Fs.perm(perm));
            if (Files.isDirectory(p)) {
                ch.close(); // a directory opened for reading: ReadDir lists it
                return new Object[] {new File(name, p, null, true, false), null};
            }
            return new Object[] {new File(name, p, ch, false, append), null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {null, new PathError("open", name, Fs.err(e))};
        }
    }

    /**
     * Go's {@code os.ReadFile}: the whole file, read into a buffer of the file's size plus
     * one (512 at least), grown as append grows it.
     *
     * @return {@code {SliceB data, err}}, err nil at the end of the file
     */
    public static Object[] ReadFile(String name) {
        Object[] o = Open(name);
        if (o[1] != null) {
            return new Object[] {null, o[1]};
        }
        File f = (File) o[0];
        try {
            long size = 0;
            Object[] st = f.Stat();
            if (st[1] == null) {
                size = ((FileStat) st[0]).Size();
            }
            size++;
            if (size < 512) {
                size = 512;
            }
            SliceB data = SliceB.make(0, size);
            for (;;) {
                if (data.len >= data.cap) {
                    SliceB d = SliceB.append(SliceB.slice(data, 0, data.cap), (byte) 0);
                    data = SliceB.slice(d, 0, data.len);
                }
                Object[] r = f.Read(SliceB.slice(data, data.len, data.cap));
                data = SliceB.slice(data, 0, data.len + ((Number) r[0]).longValue());
                if (r[1] != null) {
                    return new Object[] {data, r[1] == go4j.std.io.Pkg.EOF ? null : r[1]};
                }
            }
        } finally {
            f.Close();
        }
    }

    /**
     * Go's {@code os.WriteFile}: OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm), Write,
     * Close.
     *
     * @return the first error, null for none
     */
    public static Object WriteFile(String name, SliceB data, int perm) {
        Object[] o = OpenFile(name, O_WRONLY | O_CREATE | O_TRUNC, perm);
        if (o[1] != null) {
            return o[1];
        }
        File f = (File) o[0];
        Object err = f.Write(data)[1];
        Object err1 = f.Close();
        return err != null ? err : err1;
    }

    /**
     * Go's {@code os.Remove}: the file, or the empty directory.
     *
     * @return null, or a {@code remove} PathError
     */
    public static Object Remove(String name) {
        try {
            Files.delete(Fs.path(name));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("remove", name, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.RemoveAll}: path and all it holds, symbolic links not followed.
     *
     * @return null (also when path does not exist), or the first failure
     */
    public static Object RemoveAll(String path) {
        if (path.isEmpty()) {
            return null;
        }
        if (path.equals(".") || path.endsWith("/.")) {
            return new PathError("RemoveAll", path, Errno.EINVAL);
        }
        Path p;
        try {
            p = Fs.path(path);
        } catch (IOException | RuntimeException e) {
            return new PathError("unlinkat", path, Fs.err(e));
        }
        return removeAll(path, p);
    }

    private static Object removeAll(String name, Path p) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                ds.forEach(children::add);
            } catch (IOException | RuntimeException e) {
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    return null;
                }
                return new PathError("openfdat", name, Fs.err(e));
            }
            for (Path c : children) {
                Object err = removeAll(name + "/" + Str.fromJava(c.getFileName().toString()), c);
                if (err != null) {
                    return err;
                }
            }
        }
        try {
            Files.deleteIfExists(p);
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("unlinkat", name, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.Rename}: replaces a file newpath names; an existing directory there is
     * EEXIST unless it is oldpath itself.
     *
     * @return null, or a {@code rename} LinkError
     */
    public static Object Rename(String oldpath, String newpath) {
        try {
            Path po = Fs.path(oldpath);
            Path pn = Fs.path(newpath);
            if (Files.isDirectory(pn, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.exists(po, LinkOption.NOFOLLOW_LINKS)) {
                    return new LinkError("rename", oldpath, newpath, Errno.ENOENT);
                }
                if (oldpath.equals(newpath) || !Files.isSameFile(po, pn)) {
                    return new LinkError("rename", oldpath, newpath, Errno.EEXIST);
                }
            }
            Files.move(po, pn, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException | RuntimeException e) {
            return new LinkError("rename", oldpath, newpath, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.Mkdir}.
     *
     * @param perm the permission bits (less the umask)
     * @return null, or a {@code mkdir} PathError
     */
    public static Object Mkdir(String name, int perm) {
        try {
            Files.createDirectory(Fs.path(name), Fs.perm(perm));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("mkdir", name, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.MkdirAll}: the directory and any missing parents, as Go's walks them.
     *
     * @return null (also when path is a directory already), or the failure
     */
    public static Object MkdirAll(String path, int perm) {
        Object[] st = Stat(path);
        if (st[1] == null) {
            if (((FileStat) st[0]).IsDir()) {
                return null;
            }
            return new PathError("mkdir", path, Errno.ENOTDIR);
        }
        int i = path.length();
        while (i > 0 && path.charAt(i - 1) == '/') {
            i--;
        }
        int j = i;
        while (j > 0 && path.charAt(j - 1) != '/') {
            j--;
        }
        if (j > 1) {
            Object err = MkdirAll(path.substring(0, j - 1), perm);
            if (err != null) {
                return err;
            }
        }
        Object err = Mkdir(path, perm);
        if (err != null) {
            Object[] lst = Lstat(path);
            if (lst[1] == null && ((FileStat) lst[0]).IsDir()) {
                return null;
            }
            return err;
        }
        return null;
    }

    private static String nextRandom() {
        return Long.toString(ThreadLocalRandom.current().nextInt() & 0xFFFFFFFFL);
    }

    /** {prefix, suffix} of a temporary name's pattern, or null when it holds a '/'. */
    private static String[] prefixAndSuffix(String pattern) {
        if (pattern.indexOf('/') >= 0) {
            return null;
        }
        int pos = pattern.lastIndexOf('*');
        return pos < 0 ? new String[] {pattern, ""} : new String[] {pattern.substring(0, pos), pattern.substring(pos + 1)};
    }

    private static String joinPath(String dir, String name) {
        return !dir.isEmpty() && dir.charAt(dir.length() - 1) == '/' ? dir + name : dir + "/" + name;
    }

    /**
     * Go's {@code os.MkdirTemp}: a new directory (mode 0700) named dir/prefix + random +
     * suffix, the random digits replacing pattern's last '*' or appended.
     *
     * @return {@code {String name, err}}
     */
    public static Object[] MkdirTemp(String dir, String pattern) {
        if (dir.isEmpty()) {
            dir = TempDir();
        }
        String[] ps = prefixAndSuffix(pattern);
        if (ps == null) {
            return new Object[] {"", new PathError("mkdirtemp", pattern, ERR_PATTERN_SEPARATOR)};
        }
        String prefix = joinPath(dir, ps[0]);
        for (int attempt = 0;;) {
            String name = prefix + nextRandom() + ps[1];
            Object err = Mkdir(name, 0700);
            if (err == null) {
                return new Object[] {name, null};
            }
            if (IsExist(err)) {
                if (++attempt < 10000) {
                    continue;
                }
                return new Object[] {"", new PathError("mkdirtemp", dir + "/" + prefix + "*" + ps[1], ErrExist)};
            }
            if (IsNotExist(err)) {
                Object[] st = Stat(dir);
                if (IsNotExist(st[1])) {
                    return new Object[] {"", st[1]};
                }
            }
            return new Object[] {"", err};
        }
    }

    /**
     * Go's {@code os.CreateTemp}: a new file (mode 0600) named as MkdirTemp names, opened for
     * reading and writing.
     *
     * @return {@code {File f, err}}
     */
    public static Object[] CreateTemp(String dir, String pattern) {
        if (dir.isEmpty()) {
            dir = TempDir();
        }
        String[] ps = prefixAndSuffix(pattern);
        if (ps == null) {
            return new Object[] {null, new PathError("createtemp", pattern, ERR_PATTERN_SEPARATOR)};
        }
        String prefix = joinPath(dir, ps[0]);
        for (int attempt = 0;;) {
            String name = prefix + nextRandom() + ps[1];
            Object[] r = OpenFile(name, O_RDWR | O_CREATE | O_EXCL, 0600);
            if (IsExist(r[1])) {
                if (++attempt < 10000) {
                    continue;
                }
                return new Object[] {null, new PathError("createtemp", prefix + "*" + ps[1], ErrExist)};
            }
            return r;
        }
    }

    /** @return Go's {@code os.TempDir}: $TMPDIR, else "/tmp" */
    public static String TempDir() {
        String d = Getenv("TMPDIR");
        return d.isEmpty() ? "/tmp" : d;
    }

    /** @return Go's {@code os.UserHomeDir}: {@code {$HOME, null}}, an error when unset */
    public static Object[] UserHomeDir() {
        String h = Getenv("HOME");
        if (!h.isEmpty()) {
            return new Object[] {h, null};
        }
        return new Object[] {"", go4j.lang.ErrorString.of("$HOME is not defined")};
    }

    /**
     * Go's {@code os.Getwd}: $PWD when it names the working directory (as Go prefers it),
     * else go4j's working directory.
     *
     * @return {@code {String dir, null}}
     */
    public static Object[] Getwd() {
        Path cwd = Fs.cwd;
        String pwd = Getenv("PWD");
        if (pwd.startsWith("/")) {
            try {
                if (Files.isSameFile(Path.of(Str.toJava(pwd)), cwd)) {
                    return new Object[] {pwd, null};
                }
            } catch (IOException | RuntimeException e) {
                // not the working directory
            }
        }
        return new Object[] {Str.fromJava(cwd.toString()), null};
    }

    /**
     * Go's {@code os.Chdir}: go4j's working directory becomes dir (its real path, as getcwd
     * gives it); every relative name is resolved against it from now on.
     *
     * @return null, or a {@code chdir} PathError
     */
    public static Object Chdir(String dir) {
        try {
            Path p = Fs.path(dir);
            if (!Files.isDirectory(p)) {
                throw Files.exists(p) ? new Fs.Fail(Errno.ENOTDIR) : new java.nio.file.NoSuchFileException(dir);
            }
            Fs.cwd = p.toRealPath();
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("chdir", dir, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.Stat}, following symbolic links.
     *
     * @return {@code {FileInfo, err}}: a {@code stat} PathError on failure
     */
    public static Object[] Stat(String name) {
        return stat("stat", name, true);
    }

    /**
     * Go's {@code os.Lstat}: a symbolic link's own FileInfo.
     *
     * @return {@code {FileInfo, err}}: an {@code lstat} PathError on failure
     */
    public static Object[] Lstat(String name) {
        return stat("lstat", name, false);
    }

    private static Object[] stat(String op, String name, boolean follow) {
        try {
            return new Object[] {Fs.stat(name, Fs.path(name), follow), null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {null, new PathError(op, name, Fs.err(e))};
        }
    }

    /** Go's {@code os.SameFile}: the same device and inode; false for FileInfos not from Stat or Lstat. */
    public static boolean SameFile(Object fi1, Object fi2) {
        return fi1 instanceof FileStat a && fi2 instanceof FileStat b && a.dev == b.dev && a.ino == b.ino;
    }

    /**
     * Go's {@code os.ReadDir}: the directory's entries sorted by name.
     *
     * @return {@code {[]DirEntry, err}}
     */
    public static Object[] ReadDir(String name) {
        Object[] o = Open(name);
        if (o[1] != null) {
            return new Object[] {null, o[1]};
        }
        File f = (File) o[0];
        try {
            return f.ReadDir(-1);
        } finally {
            f.Close();
        }
    }

    /**
     * Go's {@code os.Chmod}: the permission bits of the file (a symbolic link's target).
     *
     * @return null, or a {@code chmod} PathError
     */
    public static Object Chmod(String name, int mode) {
        try {
            Files.setPosixFilePermissions(Fs.path(name), Fs.perms(mode));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("chmod", name, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.Truncate}.
     *
     * @return null, or a {@code truncate} PathError
     */
    public static Object Truncate(String name, long size) {
        Object[] o;
        try {
            FileChannel ch = FileChannel.open(Fs.path(name), StandardOpenOption.WRITE);
            o = new Object[] {new File(name, null, ch, false, false), null};
        } catch (IOException | RuntimeException e) {
            return new PathError("truncate", name, Fs.err(e));
        }
        File f = (File) o[0];
        Object err = f.Truncate(size);
        f.Close();
        return err;
    }

    /**
     * Go's {@code os.Symlink}: newname, a symbolic link to oldname (kept as written).
     *
     * @return null, or a {@code symlink} LinkError
     */
    public static Object Symlink(String oldname, String newname) {
        try {
            Files.createSymbolicLink(Fs.path(newname), Path.of(Str.toJava(oldname)));
            return null;
        } catch (IOException | RuntimeException e) {
            return new LinkError("symlink", oldname, newname, Fs.err(e));
        }
    }

    /**
     * Go's {@code os.Readlink}.
     *
     * @return {@code {String target, err}}: a {@code readlink} PathError, EINVAL for a file
     *     that is no link
     */
    public static Object[] Readlink(String name) {
        try {
            return new Object[] {Str.fromJava(Files.readSymbolicLink(Fs.path(name)).toString()), null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {"", new PathError("readlink", name, Fs.err(e))};
        }
    }
}
