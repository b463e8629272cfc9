package go4j.nats;

/**
 * A NATS operation of an endpoint failed for good: the stream refused a publish for a reason
 * that waiting cannot cure, the server stayed away longer than {@link SendOptions#retryFor},
 * or the endpoint's context was done first (then the cause is {@code Context.cause(ctx)}).
 *
 * <pre>{@code
 * try {
 *     out.send(result);
 * } catch (NatsException e) {
 *     if (e.canceled()) return;   // the context said stop
 *     throw e;
 * }
 * }</pre>
 */
public final class NatsException extends RuntimeException {
    private final boolean canceled; // the endpoint's context ended the operation

    NatsException(String message, Throwable cause, boolean canceled) {
        super(message, cause);
        this.canceled = canceled;
    }

    /** @return true if the endpoint's context was done: the cause is the context's cause */
    public boolean canceled() {
        return canceled;
    }
}
