package go4j.fn;

/**
 * A Go method {@code ModTime() time.Time}, as called through {@code fs.FileInfo}.
 */
public interface M$ModTime$$L {
    /** @return the modification time, a {@link go4j.std.time.Time} */
    Object ModTime();
}
