package go4j.context;

/**
 * An error that says whether it is a timeout: Go's {@code interface{ Timeout() bool }}, the
 * method that {@code net.Error} declares and {@code os.IsTimeout} looks for.
 * {@link Context#DEADLINE_EXCEEDED} implements it and answers true, as Go's
 * {@code context.DeadlineExceeded} does; {@link Context#CANCELED} does not implement it.
 *
 * <pre>{@code
 * RuntimeException err = ctx.err();
 * if (err instanceof Timeout t && t.timeout()) {
 *     System.out.println("gave up waiting: " + err);
 * }
 * }</pre>
 */
public interface Timeout {
    /**
     * True if this error is a timeout (Go's {@code Timeout()}).
     *
     * @return whether the error is a timeout
     */
    boolean timeout();
}
