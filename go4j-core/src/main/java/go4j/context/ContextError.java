package go4j.context;

/**
 * {@link Context#CANCELED} and {@link Context#DEADLINE_EXCEEDED}: shared, immutable values
 * (like Go's error variables), so they carry no stack trace and print as Go prints them, the
 * message alone.
 */
final class ContextError extends RuntimeException {
    ContextError(String message) {
        super(message, null, false, false);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
