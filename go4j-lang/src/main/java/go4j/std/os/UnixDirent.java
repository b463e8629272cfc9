package go4j.std.os;

import go4j.fn.M$Info$$A;
import go4j.fn.M$IsDir$$Z;
import go4j.fn.M$Name$$L;
import go4j.fn.M$Type$$I;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.std.io.fs.FileMode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Go's {@code *os.unixDirent}, the {@code fs.DirEntry} of ReadDir: a name in a directory and
 * the type bits of its mode (from lstat when the directory was read); {@link #Info} lstats the
 * file again, as Go's does. Compiled code calls it through {@code fs.DirEntry}'s method
 * interfaces.
 */
public final class UnixDirent implements GoValue, M$Name$$L, M$IsDir$$Z, M$Type$$I, M$Info$$A {
    /** {@code *os.unixDirent}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "unixDirent").setUnderlying(RType.struct(List.of())));

    private final String parent;
    private final Path path;
    private final String name;
    private final int typ;

    /**
     * @param parent the directory's name as the program gave it, a Go string
     * @param path   the entry's path
     * @param name   the entry's name, a Go string
     * @param typ    the type bits of its mode
     */
    UnixDirent(String parent, Path path, String name, int typ) {
        this.parent = parent;
        this.path = path;
        this.name = name;
        this.typ = typ;
    }

    /** @return the entry's name, a Go string */
    @Override
    public String Name() {
        return name;
    }

    /** @return whether it is a directory */
    @Override
    public boolean IsDir() {
        return FileMode.IsDir(typ);
    }

    /** @return the type bits of its mode */
    @Override
    public int Type() {
        return typ;
    }

    /**
     * Go's {@code Info}: lstat of the entry now.
     *
     * @return {@code {FileInfo, err}}: a {@code *fs.PathError} "lstat parent/name" when it is gone
     */
    @Override
    public Object[] Info() {
        String full = parent + "/" + name;
        try {
            return new Object[] {Fs.stat(name, path, false), null};
        } catch (IOException | RuntimeException e) {
            return new Object[] {null, new go4j.std.io.fs.PathError("lstat", full, Fs.err(e))};
        }
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
