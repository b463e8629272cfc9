package go4j.std.io.fs;

import go4j.fn.M$Info$$A;
import go4j.fn.M$IsDir$$Z;
import go4j.fn.M$Mode$$I;
import go4j.fn.M$Name$$L;
import go4j.fn.M$Type$$I;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code fs.statDirEntry}: a DirEntry that answers from a FileInfo
 * ({@code fs.FileInfoToDirEntry}), as {@code filepath.WalkDir} gives its root.
 *
 * <pre>{@code
 * Object d = Pkg.FileInfoToDirEntry(info); // d.Name() is info.Name()
 * }</pre>
 */
final class StatDirEntry implements GoValue, M$Name$$L, M$IsDir$$Z, M$Type$$I, M$Info$$A {
    /** {@code *fs.statDirEntry}. */
    static final RType TYPE = RType.pointer(RType.named("fs", "statDirEntry").setUnderlying(RType.struct(List.of())));

    private final Object info;

    StatDirEntry(Object info) {
        this.info = info;
    }

    @Override
    public String Name() {
        return (String) ((M$Name$$L) info).Name();
    }

    @Override
    public boolean IsDir() {
        return ((M$IsDir$$Z) info).IsDir();
    }

    @Override
    public int Type() {
        return FileMode.Type(((M$Mode$$I) info).Mode());
    }

    @Override
    public Object[] Info() {
        return new Object[] {info, null};
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
