package go4j.fn;

/**
 * A Go method {@code Mode() fs.FileMode}, as called through {@code fs.FileInfo}.
 */
public interface M$Mode$$I {
    /** @return the mode bits, a {@code uint32} */
    int Mode();
}
