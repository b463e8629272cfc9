package go4j.fn;

/**
 * A Go method {@code SetDeadline(t time.Time) error}, as called through {@code net.Conn}.
 */
public interface M$SetDeadline$L$L {
    /**
     * @param t the deadline, a {@link go4j.std.time.Time}
     * @return the error, null for none
     */
    Object SetDeadline(Object t);
}
