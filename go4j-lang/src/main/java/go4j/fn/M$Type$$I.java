package go4j.fn;

/**
 * A Go method {@code Type() fs.FileMode}, as called through {@code fs.DirEntry}.
 */
public interface M$Type$$I {
    /** @return the type bits of the mode, a {@code uint32} */
    int Type();
}
