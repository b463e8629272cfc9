package go4j.fn;

/**
 * A Go method {@code UnreadByte() error}, as called through {@code io.ByteScanner}.
 */
public interface M$UnreadByte$$L {
    /** @return the error, null for none */
    Object UnreadByte();
}
