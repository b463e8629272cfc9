package go4j.std.os;

import go4j.lang.Str;
import go4j.std.syscall.Errno;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What os's files share: go4j's working directory, against which every relative name is
 * resolved (the JVM cannot change its own: {@link Pkg#Chdir} changes this one), Go names to
 * paths, the Go error ({@code syscall.Errno}) of what the JDK threw, and stat.
 */
final class Fs {
    private Fs() {
    }

    /** go4j's working directory, absolute; the JVM's at the start. */
    static volatile Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();

    /** A failed operation's errno, thrown where the JDK threw nothing (EISDIR on a read). */
    @SuppressWarnings("serial")
    static final class Fail extends IOException {
        final transient Object err;

        Fail(Object err) {
            this.err = err;
        }
    }

    /**
     * The path a Go name stands for: resolved against go4j's working directory. As the system
     * calls do, an empty name is ENOENT and a name that ends in a slash must be a directory
     * (ENOTDIR) when it exists.
     *
     * @param name the name, a Go string
     * @return the path
     * @throws IOException ENOENT, ENOTDIR as above
     * @throws InvalidPathException for a name the JDK refuses (a NUL byte): EINVAL
     */
    static Path path(String name) throws IOException {
        if (name.isEmpty()) {
            throw new NoSuchFileException("");
        }
        Path p = cwd.resolve(Str.toJava(name));
        if (name.endsWith("/") && !name.equals("/") && !Files.isDirectory(p) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new Fail(Errno.ENOTDIR);
        }
        return p;
    }

    /**
     * The Go error of what a file operation threw: its errno, EBADF for a read or write the
     * channel's mode does not allow, {@code fs.ErrClosed} for a closed channel.
     *
     * @param e what was thrown
     * @return the Go error
     * @throws RuntimeException e itself when it is not a file operation's failure
     */
    static Object err(Exception e) {
        return switch (e) {
            case Fail f -> f.err;
            case ClosedChannelException c -> Pkg.ErrClosed;
            case IOException io -> Errno.of(io);
            case InvalidPathException ip -> Errno.EINVAL;
            case NonReadableChannelException nr -> Errno.EBADF;
            case NonWritableChannelException nw -> Errno.EBADF;
            case SecurityException s -> Errno.EACCES;
            case UnsupportedOperationException u -> Errno.EINVAL;
            case IllegalArgumentException ia -> Errno.EINVAL;
            case RuntimeException r -> throw r;
            default -> throw new IllegalStateException(e);
        };
    }

    /** Go's {@code basename}: the last element of name, trailing slashes removed ("/" for "/"). */
    static String basename(String name) {
        int i = name.length() - 1;
        while (i > 0 && name.charAt(i) == '/') {
            name = name.substring(0, i);
            i--;
        }
        for (i--; i >= 0; i--) {
            if (name.charAt(i) == '/') {
                name = name.substring(i + 1);
                break;
            }
        }
        return name;
    }

    /**
     * Stat or lstat.
     *
     * @param name   the name for the FileInfo's Name, a Go string (its base name is taken)
     * @param p      the path
     * @param follow whether to follow a symbolic link (stat) or not (lstat)
     * @return the FileInfo
     * @throws IOException as the JDK reports the system call's failure
     */
    static FileStat stat(String name, Path p, boolean follow) throws IOException {
        Map<String, Object> a = follow
                ? Files.readAttributes(p, "unix:mode,size,lastModifiedTime,dev,ino")
                : Files.readAttributes(p, "unix:mode,size,lastModifiedTime,dev,ino", LinkOption.NOFOLLOW_LINKS);
        java.time.Instant t = ((java.nio.file.attribute.FileTime) a.get("lastModifiedTime")).toInstant();
        return new FileStat(basename(name), (Long) a.get("size"), goMode((Integer) a.get("mode")),
                t.getEpochSecond(), t.getNano(), (Long) a.get("dev"), (Long) a.get("ino"));
    }

    /** Go's FileMode of a Unix {@code st_mode}: the permission bits, the type's bit, setuid, setgid, sticky. */
    static int goMode(int st) {
        int m = st & 0777;
        switch (st & 0170000) {
            case 0060000 -> m |= go4j.std.io.fs.FileMode.MODE_DEVICE;
            case 0020000 -> m |= go4j.std.io.fs.FileMode.MODE_DEVICE | go4j.std.io.fs.FileMode.MODE_CHAR_DEVICE;
            case 0040000 -> m |= go4j.std.io.fs.FileMode.MODE_DIR;
            case 0010000 -> m |= go4j.std.io.fs.FileMode.MODE_NAMED_PIPE;
            case 0120000 -> m |= go4j.std.io.fs.FileMode.MODE_SYMLINK;
            case 0140000 -> m |= go4j.std.io.fs.FileMode.MODE_SOCKET;
            default -> {
            }
        }
        if ((st & 02000) != 0) {
            m |= go4j.std.io.fs.FileMode.MODE_SETGID;
        }
        if ((st & 04000) != 0) {
            m |= go4j.std.io.fs.FileMode.MODE_SETUID;
        }
        if ((st & 01000) != 0) {
            m |= go4j.std.io.fs.FileMode.MODE_STICKY;
        }
        return m;
    }

    /** The Java permissions of a Go perm's nine bits. */
    static java.nio.file.attribute.FileAttribute<?> perm(int perm) {
        return java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms(perm));
    }

    /** The Java permission set of a Go perm's nine bits. */
    static java.util.Set<java.nio.file.attribute.PosixFilePermission> perms(int perm) {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> s =
                java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
        java.nio.file.attribute.PosixFilePermission[] all = java.nio.file.attribute.PosixFilePermission.values();
        // OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_..., OTHERS_...: bits 8 down to 0
        for (int i = 0; i < 9; i++) {
            if ((perm & (1 << (8 - i))) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }
}
