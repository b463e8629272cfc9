package go4j.fn;

/**
 * A Go method {@code IsDir() bool}, as called through {@code fs.FileInfo} and {@code fs.DirEntry}.
 */
public interface M$IsDir$$Z {
    /** @return whether it is a directory */
    boolean IsDir();
}
