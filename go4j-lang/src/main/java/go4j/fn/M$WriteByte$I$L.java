package go4j.fn;

/**
 * A Go method {@code WriteByte(c byte) error}, as called through {@code io.ByteWriter}.
 */
public interface M$WriteByte$I$L {
    /**
     * @param c the byte, 0-255
     * @return the error, null for none
     */
    Object WriteByte(int c);
}
