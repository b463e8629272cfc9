package go4j;

/**
 * Thrown by a blocking go4j operation (send, receive, select, lock, wait) when its thread is
 * interrupted while blocked. The operation did not happen: no value was sent or received, no
 * lock taken. The thread's interrupt flag stays set, as the JDK leaves it when a method does
 * not throw {@code InterruptedException}. Which operations throw it: the package
 * documentation of {@code go4j}, "Interrupts".
 *
 * <pre>{@code
 * Thread t = Thread.ofVirtual().start(() -> {
 *     try {
 *         new Chan<String>().recv(); // blocks
 *     } catch (Interrupted e) {
 *         assert Thread.currentThread().isInterrupted();
 *     }
 * });
 * t.interrupt();
 * }</pre>
 */
public class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An interrupted operation, with the message "{@code operation} interrupted" and an
     * {@link InterruptedException} as its cause.
     *
     * @param operation what was interrupted, such as "select", "receive" or "Mutex.Lock"
     */
    public Interrupted(String operation) {
        super(operation + " interrupted", new InterruptedException());
    }
}
