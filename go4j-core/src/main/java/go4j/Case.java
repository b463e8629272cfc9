package go4j;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One case of a {@link Go#select select}: a send, a receive, or the default. Made by
 * {@link SendChan#onSend}, {@link RecvChan#onRecv}, {@link RecvChan#onRecvOk} and
 * {@link Go#defaultCase}. A case holds no per-select state and may be reused.
 *
 * <pre>{@code
 * Chan<Integer> jobs = new Chan<>();
 * Chan<Void> quit = new Chan<>();
 * String r = select(
 *     jobs.onRecv(j -> "job " + j),
 *     quit.onRecv(q -> "quit"),
 *     defaultCase(() -> "nothing ready"));
 * }</pre>
 *
 * @param <R> what the select returns when this case is chosen
 */
public final class Case<R> {
    static final int RECV = 0, RECV_OK = 1, SEND = 2, DEFAULT = 3;

    final Chan<?> chan;  // null for the default case
    final int kind;      // RECV, RECV_OK, SEND or DEFAULT
    final Object value;  // the value to send
    final Object then;   // Function (RECV), BiFunction (RECV_OK), Supplier (SEND, DEFAULT), or null

    Case(Chan<?> chan, int kind, Object value, Object then) {
        this.chan = chan;
        this.kind = kind;
        this.value = value;
        this.then = then;
    }

    /** Runs the case's function for a completed receive. */
    @SuppressWarnings("unchecked")
    R received(Object v, boolean ok) {
        if (kind == RECV_OK) {
            return ((BiFunction<Object, Boolean, R>) then).apply(v, ok);
        }
        return then == null ? (R) v : ((Function<Object, R>) then).apply(v);
    }

    /** Runs the case's function for a completed send or the default. */
    @SuppressWarnings("unchecked")
    R ran() {
        return then == null ? null : ((Supplier<R>) then).get();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case RECV, RECV_OK -> "case <-" + chan;
            case SEND -> "case " + chan + " <- " + value;
            default -> "default";
        };
    }
}
