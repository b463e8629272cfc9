package go4j.std.os;

import go4j.fn.M$IsDir$$Z;
import go4j.fn.M$ModTime$$L;
import go4j.fn.M$Mode$$I;
import go4j.fn.M$Name$$L;
import go4j.fn.M$Size$$J;
import go4j.fn.M$Sys$$L;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.std.io.fs.FileMode;
import go4j.std.time.Time;

import java.util.List;

/**
 * Go's {@code *os.fileStat}, the {@code fs.FileInfo} that Stat, Lstat and File.Stat return:
 * what the system's stat said, with the mode as Go's FileMode. Compiled code calls it through
 * {@code fs.FileInfo}'s method interfaces. {@code Sys()} is nil in go4j (Go's is a
 * {@code *syscall.Stat_t}).
 */
public final class FileStat implements GoValue, M$Name$$L, M$Size$$J, M$Mode$$I, M$ModTime$$L, M$IsDir$$Z, M$Sys$$L {
    /** {@code *os.fileStat}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "fileStat").setUnderlying(RType.struct(List.of())));

    private final String name;
    private final long size;
    private final int mode;
    private final long sec;
    private final int nsec;
    final long dev;
    final long ino;

    FileStat(String name, long size, int mode, long sec, int nsec, long dev, long ino) {
        this.name = name;
        this.size = size;
        this.mode = mode;
        this.sec = sec;
        this.nsec = nsec;
        this.dev = dev;
        this.ino = ino;
    }

    /** @return the base name of the file, a Go string */
    @Override
    public String Name() {
        return name;
    }

    /** @return the length in bytes */
    @Override
    public long Size() {
        return size;
    }

    /** @return the FileMode's bits */
    @Override
    public int Mode() {
        return mode;
    }

    /** @return the modification time, local */
    @Override
    public Time ModTime() {
        return go4j.std.time.Pkg.Unix(sec, nsec);
    }

    /** @return whether the mode says directory */
    @Override
    public boolean IsDir() {
        return FileMode.IsDir(mode);
    }

    /** @return nil */
    @Override
    public Object Sys() {
        return null;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
