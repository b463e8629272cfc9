package go4j.std.io.fs;

import static go4j.std.GoText.sprintf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.std.syscall.Errno;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * io/fs's FileMode texts and PathError, and syscall.Errno: what Go 1.19 prints for the same
 * values, and the errno of what the JDK throws.
 */
class FsTest {
    @Test
    void fileModePrintsAsGo() {
        assertEquals("-rw-r--r--", FileMode.String(0644));
        assertEquals("drwxr-xr-x", FileMode.String(FileMode.MODE_DIR | 0755));
        assertEquals("Lurwxrwxrwx", FileMode.String(FileMode.MODE_SYMLINK | FileMode.MODE_SETUID | 0777));
        assertEquals("alTDpSgct?---------", FileMode.String(FileMode.MODE_NAMED_PIPE | FileMode.MODE_CHAR_DEVICE
                | FileMode.MODE_DEVICE | FileMode.MODE_SOCKET | FileMode.MODE_STICKY | FileMode.MODE_SETGID
                | FileMode.MODE_APPEND | FileMode.MODE_EXCLUSIVE | FileMode.MODE_TEMPORARY | FileMode.MODE_IRREGULAR));
        assertEquals("dLDpSc?---------", FileMode.String(FileMode.MODE_TYPE));
        assertEquals("----------", FileMode.String(0));
        assertEquals("-rw------- 600 384 fs.FileMode", sprintf("%v %o %d %T", new FileMode(0600), new FileMode(0600),
                new FileMode(0600), new FileMode(0600)));
        assertTrue(FileMode.IsRegular(0644));
        assertFalse(FileMode.IsRegular(FileMode.MODE_SYMLINK));
        assertEquals(FileMode.MODE_DIR, FileMode.Type(FileMode.MODE_DIR | 0700));
        assertEquals(0700, FileMode.Perm(FileMode.MODE_DIR | 0700));
    }

    @Test
    void pathErrorUnwrapsToAnErrnoThatIsTheGenericError() {
        PathError e = new PathError("open", "/x", Errno.ENOENT);
        assertEquals("open /x: no such file or directory", e.Error());
        assertEquals("*fs.PathError", sprintf("%T", e));
        assertTrue(go4j.std.errors.Pkg.Is(e, Pkg.ErrNotExist));
        assertFalse(go4j.std.errors.Pkg.Is(e, Pkg.ErrExist));
        assertTrue(go4j.std.errors.Pkg.Is(new PathError("mkdir", "d", Errno.ENOTEMPTY), Pkg.ErrExist));
        assertTrue(go4j.std.errors.Pkg.Is(new PathError("open", "f", Errno.EACCES), Pkg.ErrPermission));
        assertTrue(go4j.std.errors.Pkg.Is(e, Errno.of(2)), "== on the errno's number");
        assertTrue(Pkg.ValidPath("a/b") && Pkg.ValidPath("."));
        assertFalse(Pkg.ValidPath("/a") || Pkg.ValidPath("a/../b") || Pkg.ValidPath("a//b") || Pkg.ValidPath(""));
    }

    @Test
    void theErrnoOfWhatTheJdkThrew() {
        assertSame(Errno.ENOENT, Errno.of(new NoSuchFileException("/x")));
        assertSame(Errno.ENOTEMPTY, Errno.of(new DirectoryNotEmptyException("/d")));
        assertSame(Errno.EISDIR, Errno.of(new IOException("Is a directory")));
        assertSame(Errno.ENOTDIR, Errno.of(new FileSystemException("/f/x", null, "Not a directory")));
        assertSame(Errno.ELOOP, Errno.of(new FileSystemException("/l", null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")));
        assertSame(Errno.EIO, Errno.of(new IOException("something else")));
        assertEquals("errno 300", Errno.of(300).Error());
        assertEquals("syscall.Errno", sprintf("%T", Errno.EEXIST));
        assertTrue(Errno.EAGAIN.Timeout() && Errno.EINTR.Temporary() && !Errno.ENOENT.Temporary());
    }
}
