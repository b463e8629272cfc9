package go4j.context;

/**
 * {@link Context#CANCELED} and {@link Context#DEADLINE_EXCEEDED}: shared, immutable values
 * (like Go's error variables), so they carry no stack trace and print as Go prints them, the
 * message alone. The deadline's is a {@link DeadlineExceeded}, which is a {@link Timeout}.
 */
sealed class ContextError extends RuntimeException permits ContextError.DeadlineExceeded {
    ContextError(String message) {
        super(message, null, false, false);
    }

    /** Go's {@code deadlineExceededError}: its {@code Timeout()} is true. */
    static final class DeadlineExceeded extends ContextError implements Timeout {
        DeadlineExceeded() {
            super("context deadline exceeded");
        }

        @Override
        public boolean timeout() {
            return true;
        }
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
