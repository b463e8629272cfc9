package go4j.std.os;

import go4j.fn.M$Close$$L;
import go4j.fn.M$Name$$L;
import go4j.fn.M$ReadAt$LJ$A;
import go4j.fn.M$Seek$JJ$A;
import go4j.fn.M$Stat$$A;
import go4j.fn.M$WriteAt$LJ$A;
import go4j.fn.M$WriteString$L$A;
import go4j.lang.ErrorString;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceL;
import go4j.lang.Str;
import go4j.lang.Writer;
import go4j.std.io.fs.PathError;
import go4j.std.syscall.Errno;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Go's {@code os.File}, a standard struct type (docs/compiler.md) used through its pointer: a
 * file of the file system (a {@link FileChannel}), a directory (read with ReadDir), or one of
 * the standard streams. Results and errors are Go's: a failure is a {@code *fs.PathError}
 * naming the operation and the file ({@code read f: is a directory}) around a
 * {@code syscall.Errno}, or around {@code fs.ErrClosed} once the file is closed; Read returns
 * {@code io.EOF} at the end. A File is a {@link Reader} and a {@link Writer}, so a
 * {@code *File} in an {@code io.Reader} or {@code io.Writer} is called directly, and it
 * implements the method interfaces of Go's other io interfaces it satisfies.
 *
 * <p>{@code os.Stdout} and {@code os.Stderr} write each Write at once (a {@link Writer}, which
 * flushes), as Go writes straight to the file descriptor; {@code os.Stdin} reads the JVM's
 * {@code System.in}, returning what one read of it gives, as Go's read(2) does. Methods are
 * Java instance methods, so a nil {@code *File} panics where Go's return {@code ErrInvalid}.
 *
 * <pre>{@code
 * Object[] r = Pkg.Open("notes.txt");        // {File f, null} or {null, *fs.PathError}
 * File f = (File) r[0];
 * f.Read(SliceB.make(512));                   // {Long n, err}: io.EOF at the end
 * f.Close();                                  // null; a second Close: close notes.txt: file already closed
 * }</pre>
 */
public final class File implements GoValue, Reader, Writer, M$WriteString$L$A, M$Close$$L, M$Seek$JJ$A,
        M$ReadAt$LJ$A, M$WriteAt$LJ$A, M$Name$$L, M$Stat$$A {
    /** {@code *os.File}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "File").setUnderlying(RType.struct(List.of())));

    /** {@code os.errWriteAtInAppendMode}. */
    static final Object ERR_WRITE_AT_APPEND = ErrorString.of("os: invalid use of WriteAt on file opened with O_APPEND");
    /** The error of ReadAt and WriteAt at a negative offset. */
    private static final Object ERR_NEGATIVE_OFFSET = ErrorString.of("negative offset");
    /** {@code poll.ErrFileClosing}, which reading a closed directory reports. */
    private static final Object ERR_FILE_CLOSING = ErrorString.of("use of closed file");

    private final String name;
    private final Path path;          // null for a standard stream
    private final FileChannel ch;     // null for a directory or a standard stream
    private final InputStream in;     // Stdin's
    private final Writer out;         // Stdout's, Stderr's
    private final String fdPath;      // the standard stream's /proc/self/fd/N, for Stat
    private final boolean dir;
    private final boolean append;
    private volatile boolean closed;
    private List<String> dirNames;    // a directory's names, read at the first ReadDir
    private int dirPos;

    /** A standard stream: reads from in or writes to out. */
    File(String name, InputStream in, Writer out, int fd) {
        this.name = name;
        this.path = null;
        this.ch = null;
        this.in = in;
        this.out = out;
        this.fdPath = "/proc/self/fd/" + fd;
        this.dir = false;
        this.append = false;
    }

    /** A file of the file system, or a directory (ch null). */
    File(String name, Path path, FileChannel ch, boolean dir, boolean append) {
        this.name = name;
        this.path = path;
        this.ch = ch;
        this.in = null;
        this.out = null;
        this.fdPath = null;
        this.dir = dir;
        this.append = append;
    }

    private Object[] fail(String op, Object err) {
        return new Object[] {0L, new PathError(op, name, err)};
    }

    private Object[] fail(String op, Exception e) {
        return fail(op, Fs.err(e));
    }

    /** @return the file's name as presented to Open, a Go string ({@code /dev/stdin}) */
    @Override
    public String Name() {
        return name;
    }

    /**
     * Go's {@code (*File).Read}: up to len(b) bytes, what one read gives.
     *
     * @param b the buffer
     * @return {@code {Long n, err}}: {@code {0, io.EOF}} at the end of the file
     */
    @Override
    public Object[] Read(SliceB b) {
        if (closed) {
            return fail("read", Pkg.ErrClosed);
        }
        int len = (int) Slice.len(b);
        if (len == 0) {
            return new Object[] {0L, null};
        }
        if (dir) {
            return fail("read", Errno.EISDIR);
        }
        try {
            int n;
            if (in != null) {
                n = in.read(b.array, b.offset, len);
            } else if (ch != null) {
                n = ch.read(ByteBuffer.wrap(b.array, b.offset, len));
            } else {
                return fail("read", Errno.EBADF);
            }
            if (n <= 0) {
                return new Object[] {0L, go4j.std.io.Pkg.EOF};
            }
            return new Object[] {(long) n, null};
        } catch (IOException | RuntimeException e) {
            return fail("read", e);
        }
    }

    /**
     * Go's {@code (*File).ReadAt}: len(b) bytes from offset off, reading until b is full;
     * the file's offset does not move.
     *
     * @return {@code {Long n, err}}: io.EOF when the file ends before b is full
     */
    public Object[] ReadAt(SliceB b, long off) {
        if (closed) {
            return fail("read", Pkg.ErrClosed);
        }
        if (off < 0) {
            return fail("readat", ERR_NEGATIVE_OFFSET);
        }
        int len = (int) Slice.len(b);
        long n = 0;
        if (len == 0) {
            return new Object[] {0L, null};
        }
        if (dir) {
            return fail("read", Errno.EISDIR);
        }
        if (ch == null) {
            return fail("read", in != null ? Errno.ESPIPE : Errno.EBADF);
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(b.array, b.offset, len);
            while (buf.hasRemaining()) {
                int m = ch.read(buf, off + n);
                if (m <= 0) {
                    return new Object[] {n, go4j.std.io.Pkg.EOF};
                }
                n += m;
            }
            return new Object[] {n, null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {n, new PathError("read", name, Fs.err(e))};
        }
    }

    /** Go's ReadAt through {@code io.ReaderAt}. */
    @Override
    public Object[] ReadAt(Object b, long off) {
        return ReadAt((SliceB) b, off);
    }

    /**
     * Go's {@code (*File).Write}: all of b (at the end of the file when it was opened with
     * O_APPEND).
     *
     * @return {@code {Long n, err}}
     */
    @Override
    public Object[] Write(SliceB b) {
        if (closed) {
            return fail("write", Pkg.ErrClosed);
        }
        if (out != null) {
            return out.Write(b);
        }
        int len = (int) Slice.len(b);
        if (len == 0) {
            return new Object[] {0L, null};
        }
        if (ch == null) {
            return fail("write", Errno.EBADF);
        }
        long n = 0;
        try {
            ByteBuffer buf = ByteBuffer.wrap(b.array, b.offset, len);
            if (append) {
                ch.position(ch.size());
            }
            while (buf.hasRemaining()) {
                n += ch.write(buf);
            }
            return new Object[] {n, null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {n, new PathError("write", name, Fs.err(e))};
        }
    }

    /**
     * Go's {@code (*File).WriteString}.
     *
     * @param s the text, a Go string
     * @return {@code {Long n, err}}
     */
    public Object[] WriteString(String s) {
        return Write(Str.toBytes(s));
    }

    /** Go's WriteString through {@code io.StringWriter}. */
    @Override
    public Object[] WriteString(Object s) {
        return WriteString((String) s);
    }

    /**
     * Go's {@code (*File).WriteAt}: all of b at offset off; the file's offset does not move.
     *
     * @return {@code {Long n, err}}: Go's error for a file opened with O_APPEND
     */
    public Object[] WriteAt(SliceB b, long off) {
        if (closed) {
            return fail("write", Pkg.ErrClosed);
        }
        if (append) {
            return new Object[] {0L, ERR_WRITE_AT_APPEND};
        }
        if (off < 0) {
            return fail("writeat", ERR_NEGATIVE_OFFSET);
        }
        int len = (int) Slice.len(b);
        if (len == 0) {
            return new Object[] {0L, null};
        }
        if (ch == null) {
            return fail("write", out != null ? Errno.ESPIPE : Errno.EBADF);
        }
        long n = 0;
        try {
            ByteBuffer buf = ByteBuffer.wrap(b.array, b.offset, len);
            while (buf.hasRemaining()) {
                n += ch.write(buf, off + n);
            }
            return new Object[] {n, null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {n, new PathError("write", name, Fs.err(e))};
        }
    }

    /** Go's WriteAt through {@code io.WriterAt}. */
    @Override
    public Object[] WriteAt(Object b, long off) {
        return WriteAt((SliceB) b, off);
    }

    /**
     * Go's {@code (*File).Seek}: the new offset from the start, off relative to whence (0 the
     * start, 1 the current offset, 2 the end).
     *
     * @return {@code {Long offset, err}}: EINVAL for a bad whence or a negative result, ESPIPE
     *     on a standard stream; on a directory, ReadDir starts again from its first entry
     */
    @Override
    public Object[] Seek(long offset, long whence) {
        if (closed) {
            return fail("seek", Pkg.ErrClosed);
        }
        if (ch == null && !dir) {
            return fail("seek", Errno.ESPIPE);
        }
        try {
            long base = switch ((int) whence) {
                case 0 -> 0;
                case 1 -> dir ? 0 : ch.position();
                case 2 -> dir ? 0 : ch.size();
                default -> -1;
            };
            if (base < 0 || whence != (int) whence || base + offset < 0) {
                return fail("seek", Errno.EINVAL);
            }
            long r = base + offset;
            if (dir) {
                dirNames = null; // Go drops what it read of the directory: ReadDir starts again
                dirPos = 0;
                return new Object[] {r, null};
            }
            ch.position(r);
            return new Object[] {r, null};
        } catch (IOException | RuntimeException e) {
            return fail("seek", e);
        }
    }

    /**
     * Go's {@code (*File).Close}.
     *
     * @return null, or {@code close NAME: file already closed} the second time
     */
    @Override
    public Object Close() {
        if (closed) {
            return new PathError("close", name, Pkg.ErrClosed);
        }
        closed = true;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                return new PathError("close", name, Fs.err(e));
            }
        }
        return null;
    }

    /**
     * Go's {@code (*File).Stat}: the file's FileInfo (go4j stats its path again, or the
     * standard stream's descriptor), named by the base name of its name.
     *
     * @return {@code {FileInfo, err}}
     */
    @Override
    public Object[] Stat() {
        if (closed) {
            return new Object[] {null, new PathError("stat", name, Pkg.ErrClosed)};
        }
        try {
            Path p = path != null ? path : Path.of(fdPath);
            return new Object[] {Fs.stat(name, p, true), null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {null, new PathError("stat", name, Fs.err(e))};
        }
    }

    /**
     * Go's {@code (*File).Sync}: the file's content to stable storage.
     *
     * @return null, or EINVAL for a standard stream (a pipe or terminal cannot be synced)
     */
    public Object Sync() {
        if (closed) {
            return new PathError("sync", name, Pkg.ErrClosed);
        }
        if (ch == null) {
            return dir ? null : new PathError("sync", name, Errno.EINVAL);
        }
        try {
            ch.force(true);
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("sync", name, Fs.err(e));
        }
    }

    /**
     * Go's {@code (*File).Truncate}.
     *
     * @param size the new size; a larger one extends the file with zeros
     * @return null, or a {@code truncate} PathError
     */
    public Object Truncate(long size) {
        if (closed) {
            return new PathError("truncate", name, Pkg.ErrClosed);
        }
        if (size < 0) {
            return new PathError("truncate", name, Errno.EINVAL);
        }
        if (ch == null) {
            return new PathError("truncate", name, dir ? Errno.EISDIR : Errno.EINVAL);
        }
        try {
            long pos = ch.position();
            if (size < ch.size()) {
                ch.truncate(size);
            } else if (size > ch.size()) {
                ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
            ch.position(pos);
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("truncate", name, Fs.err(e));
        }
    }

    /**
     * Go's {@code (*File).Chmod}.
     *
     * @param mode the new mode; its permission bits are set
     * @return null, or a {@code chmod} PathError
     */
    public Object Chmod(int mode) {
        if (closed) {
            return new PathError("chmod", name, Pkg.ErrClosed);
        }
        try {
            Files.setPosixFilePermissions(path != null ? path : Path.of(fdPath), Fs.perms(mode));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("chmod", name, Fs.err(e));
        }
    }

    /**
     * The next names of the directory: at most n (all the rest for n &lt;= 0).
     *
     * @throws Fs.Fail ENOTDIR when the file is no directory, Go's closing error when closed
     */
    private List<String> nextNames(long n) throws IOException {
        if (closed) {
            throw new Fs.Fail(ERR_FILE_CLOSING);
        }
        if (!dir) {
            throw new Fs.Fail(Errno.ENOTDIR);
        }
        if (dirNames == null) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(path)) {
                for (Path p : ds) {
                    names.add(Str.fromJava(p.getFileName().toString()));
                }
            }
            Collections.sort(names); // Go's strings order bytes: Latin-1 chars do too
            dirNames = names;
        }
        int end = n <= 0 ? dirNames.size() : (int) Math.min(dirNames.size(), dirPos + n);
        List<String> out = dirNames.subList(dirPos, end);
        dirPos = end;
        return out;
    }

    private Object[] readdir(long n, int kind) {
        List<String> names;
        try {
            names = nextNames(n);
        } catch (IOException | RuntimeException e) {
            return new Object[] {SliceL.make(0), new PathError("readdirent", name, Fs.err(e))};
        }
        List<Object> out = new ArrayList<>(names.size());
        for (String nm : names) {
            Path p = path.resolve(Str.toJava(nm));
            if (kind == 0) {
                out.add(nm);
                continue;
            }
            FileStat st;
            try {
                st = Fs.stat(nm, p, false);
            } catch (IOException | RuntimeException e) {
                continue; // gone since the directory was read: Go skips it too
            }
            out.add(kind == 1 ? new UnixDirent(name, p, nm, go4j.std.io.fs.FileMode.Type(st.Mode())) : st);
        }
        if (n > 0 && out.isEmpty()) {
            return new Object[] {SliceL.make(0), go4j.std.io.Pkg.EOF};
        }
        return new Object[] {SliceL.of(out.toArray()), null};
    }

    /**
     * Go's {@code (*File).ReadDir}: the directory's next entries, sorted by name (Go's are in
     * directory order).
     *
     * @param n at most this many, with io.EOF when none is left; all the rest for n &lt;= 0
     * @return {@code {[]DirEntry, err}}: a non-nil slice, {@code readdirent NAME: not a
     *     directory} for a file
     */
    public Object[] ReadDir(long n) {
        return readdir(n, 1);
    }

    /** Go's {@code (*File).Readdir}: as ReadDir, with each entry's FileInfo (lstat's). */
    public Object[] Readdir(long n) {
        return readdir(n, 2);
    }

    /** Go's {@code (*File).Readdirnames}: as ReadDir, with each entry's name. */
    public Object[] Readdirnames(long n) {
        return readdir(n, 0);
    }

    /** @return whether the file was opened on a directory */
    boolean isDir() {
        return dir;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
