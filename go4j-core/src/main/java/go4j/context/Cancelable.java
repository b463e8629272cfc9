package go4j.context;

/**
 * Go's {@code (ctx, cancel)} pair: a derived {@link Context} and the function that cancels
 * it. {@link #close()} is {@link #cancel()}, so try-with-resources is Go's
 * {@code defer cancel()}. Canceling is idempotent and safe from any goroutine; it does not
 * wait for the work to stop.
 *
 * <pre>{@code
 * static void worker(Context ctx) { ctx.done().recv(); } // works until ctx is canceled
 *
 * static void run(Context parent, RecvChan<String> something) {
 *     try (Cancelable c = Context.withCancel(parent)) {
 *         Context ctx = c.context();
 *         go(() -> worker(ctx));
 *         something.recv();
 *     } // cancels ctx and everything derived from it, and releases it from parent
 * }
 * }</pre>
 */
public final class Cancelable implements AutoCloseable {
    private final CancelCtx ctx;

    Cancelable(CancelCtx ctx) {
        this.ctx = ctx;
    }

    /**
     * The context this cancels.
     *
     * @return the derived context, the same on every call
     */
    public Context context() {
        return ctx;
    }

    /**
     * Cancels the context with {@link Context#CANCELED}, and with it every context derived
     * from it; releases it from its parent. Does nothing the second time.
     */
    public void cancel() {
        ctx.cancel(true, Context.CANCELED, null);
    }

    /**
     * Go's {@code CancelCauseFunc}: cancels like {@link #cancel()} and records {@code cause},
     * which {@link Context#cause} then reports for this context and its descendants (null
     * records {@link Context#CANCELED}). Does nothing if the context is already canceled.
     *
     * @param cause why the context is canceled, or null for {@link Context#CANCELED}
     */
    public void cancel(Throwable cause) {
        ctx.cancel(true, Context.CANCELED, cause);
    }

    /** {@link #cancel()}: try-with-resources is Go's {@code defer cancel()}. */
    @Override
    public void close() {
        cancel();
    }

    @Override
    public String toString() {
        return ctx.toString();
    }
}
