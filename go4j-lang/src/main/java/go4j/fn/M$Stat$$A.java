package go4j.fn;

/**
 * A Go method {@code Stat() (fs.FileInfo, error)}, as called through {@code fs.File}.
 */
public interface M$Stat$$A {
    /** @return {@code {Object info, Object err}} */
    Object[] Stat();
}
