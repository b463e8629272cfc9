package go4j.fn;

/**
 * A Go method {@code SetWriteDeadline(t time.Time) error}, as called through {@code net.Conn}.
 */
public interface M$SetWriteDeadline$L$L {
    /**
     * @param t the deadline, a {@link go4j.std.time.Time}
     * @return the error, null for none
     */
    Object SetWriteDeadline(Object t);
}
