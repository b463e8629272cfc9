package go4j.fn;

/**
 * A Go method {@code ReadRune() (r rune, size int, err error)}, as called through {@code io.RuneReader}.
 */
public interface M$ReadRune$$A {
    /** @return {@code {Integer r, Long size, Object err}} */
    Object[] ReadRune();
}
