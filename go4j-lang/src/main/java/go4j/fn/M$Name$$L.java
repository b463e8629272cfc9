package go4j.fn;

/**
 * A Go method {@code Name() string}, as called through {@code fs.FileInfo} and {@code fs.DirEntry}.
 */
public interface M$Name$$L {
    /** @return the name, a Go string */
    Object Name();
}
