package go4j.std.io.fs;

import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code fs.PathError} (and {@code os.PathError}, its alias), a standard struct type used
 * through its pointer: the error of an operation on a file, {@code open /x: no such file or
 * directory}. Its fields are Go's exported ones, public, which compiled code reads and writes;
 * {@link #Unwrap} lets {@code errors.Is} reach the {@code syscall.Errno} in {@link #Err}, whose
 * {@code Is} says it is {@code fs.ErrNotExist} and the like.
 *
 * <pre>{@code
 * new PathError("open", "/x", Errno.ENOENT).Error();  // "open /x: no such file or directory"
 * }</pre>
 */
public final class PathError implements GoValue, GoError, M$Timeout$$Z {
    /** {@code *fs.PathError}. */
    public static final RType TYPE = RType.pointer(RType.named("io/fs", "PathError").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Op}: "open", "stat", "read", ... */
    public String Op = "";
    /** Go's {@code Path}: the file's name, as the program gave it. */
    public String Path = "";
    /** Go's {@code Err}. */
    public Object Err;

    /** Go's zero PathError. */
    public PathError() {
    }

    /**
     * @param op   the operation, a Go string
     * @param path the path, a Go string
     * @param err  the error
     */
    public PathError(String op, String path, Object err) {
        Op = op;
        Path = path;
        Err = err;
    }

    /** @return a copy, as copying Go's struct does */
    public PathError $copy() {
        return new PathError(Op, Path, Err);
    }

    /** @param o the PathError whose fields this one takes */
    public void $set(PathError o) {
        Op = o.Op;
        Path = o.Path;
        Err = o.Err;
    }

    /**
     * Go's text: {@code op path: err}.
     *
     * @throws go4j.lang.GoPanic nil dereference when Err is nil, as Go's call panics
     */
    @Override
    public String Error() {
        if (Err == null) {
            throw go4j.lang.RuntimeError.nilDeref();
        }
        return Op + " " + Path + ": " + ((GoError) Err).Error();
    }

    /** @return Err */
    public Object Unwrap() {
        return Err;
    }

    /** @return whether Err has a {@code Timeout() bool} that says so */
    @Override
    public boolean Timeout() {
        return Err instanceof M$Timeout$$Z t && t.Timeout();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
