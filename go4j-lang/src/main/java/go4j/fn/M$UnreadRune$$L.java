package go4j.fn;

/**
 * A Go method {@code UnreadRune() error}, as called through {@code io.RuneScanner}.
 */
public interface M$UnreadRune$$L {
    /** @return the error, null for none */
    Object UnreadRune();
}
