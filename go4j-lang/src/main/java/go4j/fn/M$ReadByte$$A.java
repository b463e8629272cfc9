package go4j.fn;

/**
 * A Go method {@code ReadByte() (byte, error)}, as called through {@code io.ByteReader}.
 */
public interface M$ReadByte$$A {
    /** @return {@code {Integer b, Object err}} */
    Object[] ReadByte();
}
