package go4j.fn;

/**
 * A Go method {@code Done() <-chan struct{}} (or any {@code Done()} with one reference
 * result), as called through an interface such as {@code context.Context}.
 */
public interface M$Done$$L {
    /** @return the channel: a {@link go4j.Chan}, or null for Go's nil channel */
    Object Done();
}
