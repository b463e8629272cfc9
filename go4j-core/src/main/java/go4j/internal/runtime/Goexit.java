package go4j.internal.runtime;

/**
 * Thrown by {@code Go.goexit()} to unwind the calling goroutine, running its finally blocks;
 * the goroutine's runner swallows it. An {@link Error}, so that {@code catch (Exception e)}
 * in user code does not stop it.
 */
public final class Goexit extends Error {
    /** A Goexit without a stack trace. */
    public Goexit() {
        super("runtime.Goexit", null, false, false);
    }
}
