package go4j.fn;

/**
 * A Go method {@code Size() int64}, as called through {@code fs.FileInfo}.
 */
public interface M$Size$$J {
    /** @return the size in bytes */
    long Size();
}
