package go4j.lang;

/**
 * The boxes of the unnamed basic types that have no JDK box of their own in an interface
 * value (compiler.md, "Interface values"): {@code int8}, {@code int64}, {@code uint},
 * {@code uint16}, {@code uint32}, {@code uint64} and {@code uintptr}. Each holds the JVM
 * representation of its type: {@code int} for the types narrower than 64 bits (normalised:
 * {@code int8} in [-128, 127], {@code uint16} in [0, 65535], {@code uint32} as its 32 bits),
 * {@code long} for the 64-bit ones (unsigned ones hold their bits). Records, so that equality
 * and hashing are the value's, as Go's {@code ==} and map keys need.
 *
 * <pre>{@code
 * Object x = new Box.Uint64(-1L);            // uint64(18446744073709551615) in an interface
 * RType t = RType.typeOf(x);                  // uint64
 * }</pre>
 */
public final class Box {
    private Box() {
    }

    /**
     * An {@code int8} in an interface.
     *
     * @param v the value, in [-128, 127]
     */
    public record Int8(int v) {
    }

    /**
     * An {@code int64} in an interface.
     *
     * @param v the value
     */
    public record Int64(long v) {
    }

    /**
     * A {@code uint} in an interface.
     *
     * @param v the value's 64 bits, read unsigned
     */
    public record Uint(long v) {
    }

    /**
     * A {@code uint16} in an interface.
     *
     * @param v the value, in [0, 65535]
     */
    public record Uint16(int v) {
    }

    /**
     * A {@code uint32} in an interface.
     *
     * @param v the value's 32 bits, read unsigned
     */
    public record Uint32(int v) {
    }

    /**
     * A {@code uint64} in an interface.
     *
     * @param v the value's 64 bits, read unsigned
     */
    public record Uint64(long v) {
    }

    /**
     * A {@code uintptr} in an interface.
     *
     * @param v the value's 64 bits, read unsigned
     */
    public record Uintptr(long v) {
    }
}
