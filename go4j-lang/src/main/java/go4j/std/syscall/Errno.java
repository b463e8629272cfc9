package go4j.std.syscall;

import go4j.fn.M$Temporary$$Z;
import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Str;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/**
 * Go's {@code syscall.Errno} on linux/amd64, a named {@code uintptr} type: the box of an errno
 * in an error value, its number in {@link #v} (so that two Errnos are {@code ==} when their
 * numbers are), its text Go's ({@code no such file or directory}). {@link #Is} is Go's: an
 * Errno is {@code fs.ErrNotExist} (ENOENT), {@code fs.ErrExist} (EEXIST, ENOTEMPTY) or
 * {@code fs.ErrPermission} (EACCES, EPERM), which is how {@code errors.Is(err,
 * os.ErrNotExist)} sees through a {@code *fs.PathError}. {@link #of} reads the errno of a
 * failed Java file operation from its exception, as the JDK reports it (its class, or the C
 * library's {@code strerror} text, whose words Go's are).
 *
 * <pre>{@code
 * Errno.ENOENT.Error();                                   // "no such file or directory"
 * Errno.of(new NoSuchFileException("/x")) == Errno.ENOENT; // true
 * }</pre>
 */
public final class Errno implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
    /** {@code syscall.Errno}. */
    public static final RType TYPE = RType.named("syscall", "Errno").setUnderlying(RType.UINTPTR);

    /** The texts of errnos 0-40, Linux's, as Go's table has them. */
    private static final String[] TEXTS = {
            null,
            "operation not permitted",
            "no such file or directory",
            "no such process",
            "interrupted system call",
            "input/output error",
            "no such device or address",
            "argument list too long",
            "exec format error",
            "bad file descriptor",
            "no child processes",
            "resource temporarily unavailable",
            "cannot allocate memory",
            "permission denied",
            "bad address",
            "block device required",
            "device or resource busy",
            "file exists",
            "invalid cross-device link",
            "no such device",
            "not a directory",
            "is a directory",
            "invalid argument",
            "too many open files in system",
            "too many open files",
            "inappropriate ioctl for device",
            "text file busy",
            "file too large",
            "no space left on device",
            "illegal seek",
            "read-only file system",
            "too many links",
            "broken pipe",
            "numerical argument out of domain",
            "numerical result out of range",
            "resource deadlock avoided",
            "file name too long",
            "no locks available",
            "function not implemented",
            "directory not empty",
            "too many levels of symbolic links",
    };

    private static final Errno[] COMMON = new Errno[TEXTS.length];

    static {
        for (int i = 0; i < COMMON.length; i++) {
            COMMON[i] = new Errno(i);
        }
    }

    /** EPERM. */ public static final Errno EPERM = COMMON[1];
    /** ENOENT. */ public static final Errno ENOENT = COMMON[2];
    /** EINTR. */ public static final Errno EINTR = COMMON[4];
    /** EIO. */ public static final Errno EIO = COMMON[5];
    /** EBADF. */ public static final Errno EBADF = COMMON[9];
    /** EAGAIN. */ public static final Errno EAGAIN = COMMON[11];
    /** EACCES. */ public static final Errno EACCES = COMMON[13];
    /** EEXIST. */ public static final Errno EEXIST = COMMON[17];
    /** EXDEV. */ public static final Errno EXDEV = COMMON[18];
    /** ENOTDIR. */ public static final Errno ENOTDIR = COMMON[20];
    /** EISDIR. */ public static final Errno EISDIR = COMMON[21];
    /** EINVAL. */ public static final Errno EINVAL = COMMON[22];
    /** ENFILE. */ public static final Errno ENFILE = COMMON[23];
    /** EMFILE. */ public static final Errno EMFILE = COMMON[24];
    /** ESPIPE. */ public static final Errno ESPIPE = COMMON[29];
    /** EPIPE. */ public static final Errno EPIPE = COMMON[32];
    /** ENAMETOOLONG. */ public static final Errno ENAMETOOLONG = COMMON[36];
    /** ENOTEMPTY. */ public static final Errno ENOTEMPTY = COMMON[39];
    /** ELOOP. */ public static final Errno ELOOP = COMMON[40];
    private static final long ETIMEDOUT = 110;

    /** The boxed value: the errno's number. */
    public final long v;

    /** @param v the errno's number */
    public Errno(long v) {
        this.v = v;
    }

    /** @return the Errno of number n, shared for the common ones */
    public static Errno of(long n) {
        return n >= 0 && n < COMMON.length ? COMMON[(int) n] : new Errno(n);
    }

    /**
     * The errno of a failed file operation: by the exception's class where the JDK reports the
     * errno that way (NoSuchFileException is ENOENT), else by the {@code strerror} text of its
     * reason or message ({@code Is a directory}); EIO when neither tells.
     *
     * @param e what the JDK threw
     * @return the Errno
     */
    public static Errno of(IOException e) {
        switch (e) {
            case NoSuchFileException x -> {
                return ENOENT;
            }
            case FileAlreadyExistsException x -> {
                return EEXIST;
            }
            case AccessDeniedException x -> {
                return EACCES;
            }
            case DirectoryNotEmptyException x -> {
                return ENOTEMPTY;
            }
            case NotDirectoryException x -> {
                return ENOTDIR;
            }
            case NotLinkException x -> {
                return EINVAL;
            }
            default -> {
            }
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        Errno n = text == null ? null : byText(text);
        return n != null ? n : EIO;
    }

    /** @return the errno of an invalid path (one with a NUL byte): EINVAL */
    public static Errno of(InvalidPathException e) {
        return EINVAL;
    }

    /**
     * The errno whose text {@code strerror} gives (Go's texts are its words, lower case):
     * {@code "Is a directory"} is EISDIR; a text that only starts with one ({@code Too many
     * levels of symbolic links or unable to access attributes of symbolic link}) is that one.
     *
     * @return the Errno, or null for a text that is no errno's
     */
    static Errno byText(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Errno best = null;
        int bestLen = 0;
        for (int i = 1; i < TEXTS.length; i++) {
            String s = TEXTS[i];
            if (s != null && t.startsWith(s) && s.length() > bestLen) {
                best = COMMON[i];
                bestLen = s.length();
            }
        }
        return best;
    }

    /** Go's {@code Errno.Error}: the text, or {@code errno N} for a number without one. */
    @Override
    public String Error() {
        if (v >= 0 && v < TEXTS.length && TEXTS[(int) v] != null) {
            return TEXTS[(int) v];
        }
        return Str.fromJava("errno " + v);
    }

    /**
     * Go's {@code Errno.Is}: whether this errno is the generic error target, one of
     * {@code fs.ErrPermission}, {@code fs.ErrExist} and {@code fs.ErrNotExist}.
     *
     * @param target an error
     * @return whether errors.Is should stop here
     */
    public boolean Is(Object target) {
        if (target == null) {
            return false;
        }
        if (target == go4j.std.io.fs.Pkg.ErrPermission) {
            return v == EACCES.v || v == EPERM.v;
        }
        if (target == go4j.std.io.fs.Pkg.ErrExist) {
            return v == EEXIST.v || v == ENOTEMPTY.v;
        }
        if (target == go4j.std.io.fs.Pkg.ErrNotExist) {
            return v == ENOENT.v;
        }
        return false;
    }

    /** @return whether the errno is EINTR, EMFILE, ENFILE or a timeout */
    @Override
    public boolean Temporary() {
        return v == EINTR.v || v == EMFILE.v || v == ENFILE.v || Timeout();
    }

    /** @return whether the errno is EAGAIN (EWOULDBLOCK) or ETIMEDOUT */
    @Override
    public boolean Timeout() {
        return v == EAGAIN.v || v == ETIMEDOUT;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Errno e && e.v == v;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(v);
    }
}
