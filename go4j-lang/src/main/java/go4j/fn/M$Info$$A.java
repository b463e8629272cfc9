package go4j.fn;

/**
 * A Go method {@code Info() (fs.FileInfo, error)}, as called through {@code fs.DirEntry}.
 */
public interface M$Info$$A {
    /** @return {@code {Object info, Object err}} */
    Object[] Info();
}
