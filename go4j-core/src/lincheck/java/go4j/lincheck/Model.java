package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A sequential specification of a blocking primitive, in the dual-data-structure style: every
 * operation is two events, a <em>request</em> and a <em>follow-up</em>, both inside the
 * operation's real-time interval.
 *
 * <p>The request changes the state. It either completes the operation at once (its result is
 * recorded in {@link #outcomes}) or leaves the calling thread waiting in the model's own wait
 * queues (a receiver in {@code recvq}, a locker in the mutex queue). A later request of another
 * thread completes a waiter, as the real primitive does under its lock. The follow-up is enabled
 * only once the thread's outcome is recorded; it reports that outcome, which must equal the
 * result the real operation returned. A non-blocking operation completes at its request.
 *
 * <p>Requests may be nondeterministic (a select with several ready cases, or one whose send
 * case is on a closed channel): {@link #request} returns every possible successor state.
 * States are values: {@link #copy}, {@code equals} and {@code hashCode} cover the whole state,
 * outcomes included, so that the checkers can memoise them.
 */
public abstract class Model {
    /** Results of completed operations not yet reported by their follow-up, by thread. */
    protected final TreeMap<Integer, String> outcomes = new TreeMap<>();

    /** One operation the scenario generator may pick, with its weight. */
    public record Op(String method, int weight, boolean takesValue) {
        public static Op of(String method, int weight) {
            return new Op(method, weight, false);
        }

        public static Op withValue(String method, int weight) {
            return new Op(method, weight, true);
        }
    }

    /** The operations the scenario generator picks from. */
    public abstract List<Op> ops();

    /** Largest value a value-taking operation gets (values are 1..maxValue). */
    public int maxValue() {
        return 3;
    }

    /**
     * Every state that may follow the request of {@code method(args)} by {@code thread}. In each,
     * the thread's outcome is recorded or the thread waits in the model.
     */
    public abstract List<Model> request(int thread, String method, List<Object> args);

    /**
     * Every state one internal step away: work an operation does after its request, visible to
     * others before its follow-up (a context cancel reaching one descendant after another).
     * None by default.
     */
    public List<Model> internalSteps() {
        return List.of();
    }

    /** A deep copy. */
    public abstract Model copy();

    /** The recorded outcome of {@code thread}, or null while it waits. */
    public final String outcome(int thread) {
        return outcomes.get(thread);
    }

    /** Reports (removes) the outcome of {@code thread}: its follow-up happened. */
    public final void followUp(int thread) {
        outcomes.remove(thread);
    }

    /** Records the result of {@code thread}'s current operation. */
    protected final void complete(int thread, String result) {
        String old = outcomes.put(thread, Objects.requireNonNull(result));
        if (old != null) {
            throw new IllegalStateException("thread " + thread + " completed twice: " + old + ", " + result);
        }
    }

    /** The state fields other than {@link #outcomes}, for equals and hashCode. */
    protected abstract Object stateKey();

    /** One successor: this state after {@code change}, as a list. */
    protected final List<Model> next(java.util.function.Consumer<Model> change) {
        Model m = copy();
        change.accept(m);
        return List.of(m);
    }

    protected static <T> ArrayList<T> copyOf(List<T> list) {
        return new ArrayList<>(list);
    }

    protected static Map<Integer, String> copyOf(Map<Integer, String> map) {
        return new TreeMap<>(map);
    }

    protected final void copyOutcomesTo(Model other) {
        other.outcomes.putAll(outcomes);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Model m && m.getClass() == getClass() && m.outcomes.equals(outcomes)
                && m.stateKey().equals(stateKey());
    }

    @Override
    public final int hashCode() {
        return 31 * outcomes.hashCode() + stateKey().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + stateKey() + " outcomes=" + outcomes;
    }
}
