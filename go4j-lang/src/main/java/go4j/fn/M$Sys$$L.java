package go4j.fn;

/**
 * A Go method {@code Sys() any}, as called through {@code fs.FileInfo}.
 */
public interface M$Sys$$L {
    /** @return the underlying data source, null in go4j */
    Object Sys();
}
