package go4j.context;

import go4j.RecvChan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Go's {@code context.Context}: a deadline, a cancellation signal and request-scoped values,
 * carried across API boundaries and goroutines. Contexts form a tree: canceling one cancels
 * every context derived from it, never its parent. All methods are safe for simultaneous use
 * by many goroutines.
 *
 * <pre>{@code
 * Chan<Integer> results = new Chan<>();
 * try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMillis(50))) {
 *     Context ctx = c.context();
 *     String r = select(
 *         results.onRecv(v -> "got " + v),
 *         ctx.done().onRecv(x -> "gave up: " + ctx.err()));
 *     System.out.println(r);
 * } // Go's defer cancel()
 * }</pre>
 *
 * <p>Write your own implementation only to wrap or adapt a context; it may still be a parent:
 * when it does not delegate {@link #done()} and {@link #value} to one of this package's
 * contexts, a goroutine watches it, as in Go.
 */
public interface Context {
    /** The error {@link #err()} returns when the context was canceled: "context canceled". */
    RuntimeException CANCELED = new ContextError("context canceled");

    /**
     * The error {@link #err()} returns when the context's deadline passed: "context deadline
     * exceeded". As Go's {@code context.DeadlineExceeded}, it is a {@link Timeout} whose
     * {@code timeout()} is true.
     */
    RuntimeException DEADLINE_EXCEEDED = new ContextError.DeadlineExceeded();

    /**
     * When work done on behalf of this context should be canceled; empty when there is no deadline.
     *
     * @return the deadline, or empty when there is none
     */
    Optional<Instant> deadline();

    /**
     * A channel closed when work done on behalf of this context should be canceled, for use
     * in {@code select}. Successive calls return the same channel. A context that can never
     * be canceled ({@link #background()}, {@link #todo()}) returns {@link go4j.Chan#nil()},
     * which is never ready.
     *
     * @return the done channel, closed on cancellation; nothing is ever sent on it
     */
    RecvChan<Void> done();

    /**
     * Null while {@link #done()} is open; afterwards {@link #CANCELED} or
     * {@link #DEADLINE_EXCEEDED}, the same value on every call. A non-null result means
     * {@link #done()} is already closed.
     *
     * @return null, {@link #CANCELED} or {@link #DEADLINE_EXCEEDED}
     */
    RuntimeException err();

    /**
     * The value associated with {@code key} (compared with {@code equals}) in this context or
     * the nearest ancestor that has one; null if none.
     *
     * @param key the key a {@link #withValue} stored the value under
     * @return the value, or null if no context on the way to the root has {@code key}
     */
    Object value(Object key);

    /**
     * The value associated with {@code key} in this context or the nearest ancestor that has
     * one, as a {@code T}, with no cast; null if none. A {@link Key} is equal only to itself
     * (Go compares keys with {@code ==}), so no other key finds its value. The same lookup as
     * {@link #value(Object)}: a context written by hand needs nothing more to serve it.
     *
     * <pre>{@code
     * Context.Key<String> requestID = new Context.Key<>("requestID"); // a static final field, as a rule
     * Context ctx = Context.withValue(Context.background(), requestID, "r-42");
     * String id = ctx.value(requestID); // "r-42"
     * }</pre>
     *
     * @param <T> the type of the values stored under {@code key}
     * @param key the key, compared by identity
     * @return the value stored under {@code key} in this context or its parents, or null
     * @throws ClassCastException where the result is used, if a value that is not a {@code T}
     *                            was stored under {@code key} through the untyped
     *                            {@link #withValue(Context, Object, Object)}
     */
    @SuppressWarnings("unchecked")
    default <T> T value(Key<T> key) {
        return (T) value((Object) key);
    }

    // ---- roots ----

    /**
     * An empty context, never canceled, without deadline or values: the root of a tree.
     *
     * @return the background context, one instance for the JVM
     */
    static Context background() {
        return EmptyCtx.BACKGROUND;
    }

    /**
     * Like {@link #background()}, for code that does not yet know which context to use.
     *
     * @return the TODO context, one instance for the JVM
     */
    static Context todo() {
        return EmptyCtx.TODO;
    }

    // ---- derived contexts ----

    /**
     * A child of {@code parent} whose {@code done()} is closed when the returned
     * {@link Cancelable} is canceled or when the parent's is closed, whichever comes first.
     * Cancel it as soon as the work it governs is over: that releases it from its parent.
     *
     * @param parent the context the child derives from
     * @return the child and its cancel function
     * @throws NullPointerException "cannot create context from nil parent"
     */
    static Cancelable withCancel(Context parent) {
        return Contexts.withCancel(parent);
    }

    /**
     * Go's {@code WithCancelCause}: the same as {@link #withCancel}; call
     * {@link Cancelable#cancel(Throwable)} to record the cause {@link #cause} will report.
     *
     * @param parent the context the child derives from
     * @return the child and its cancel function, which takes a cause
     * @throws NullPointerException "cannot create context from nil parent"
     */
    static Cancelable withCancelCause(Context parent) {
        return Contexts.withCancel(parent);
    }

    /**
     * A child of {@code parent} that is canceled with {@link #DEADLINE_EXCEEDED} at
     * {@code deadline}. When the parent's deadline is earlier, the child reports the parent's
     * deadline and is a plain canceling context. A deadline already past gives a context
     * born canceled with {@link #DEADLINE_EXCEEDED}.
     *
     * @param parent   the context the child derives from
     * @param deadline when the child is canceled with {@link #DEADLINE_EXCEEDED}
     * @return the child and its cancel function
     * @throws NullPointerException "cannot create context from nil parent", or for a null deadline
     */
    static Cancelable withDeadline(Context parent, Instant deadline) {
        return Contexts.withDeadline(parent, deadline, null);
    }

    /**
     * {@link #withDeadline}, with {@code cause} as what {@link #cause} reports once the
     * deadline has passed (canceling it still records {@link #CANCELED}).
     *
     * @param parent   the context the child derives from
     * @param deadline when the child is canceled with {@link #DEADLINE_EXCEEDED}
     * @param cause    what {@link #cause} reports once the deadline has passed; null for
     *                 {@link #DEADLINE_EXCEEDED}
     * @return the child and its cancel function
     */
    static Cancelable withDeadlineCause(Context parent, Instant deadline, Throwable cause) {
        return Contexts.withDeadline(parent, deadline, cause);
    }

    /**
     * {@code withDeadline(parent, now + timeout)}. A zero or negative timeout gives a context
     * born canceled with {@link #DEADLINE_EXCEEDED}.
     *
     * @param parent  the context the child derives from
     * @param timeout how long from now until the child is canceled with {@link #DEADLINE_EXCEEDED}
     * @return the child and its cancel function
     * @throws NullPointerException "cannot create context from nil parent", or for a null timeout
     */
    static Cancelable withTimeout(Context parent, Duration timeout) {
        return Contexts.withTimeout(parent, timeout, null);
    }

    /**
     * {@link #withTimeout}, with {@code cause} reported by {@link #cause} when it expires.
     *
     * @param parent  the context the child derives from
     * @param timeout how long from now until the child is canceled with {@link #DEADLINE_EXCEEDED}
     * @param cause   what {@link #cause} reports once the timeout has expired; null for
     *                {@link #DEADLINE_EXCEEDED}
     * @return the child and its cancel function
     */
    static Cancelable withTimeoutCause(Context parent, Duration timeout, Throwable cause) {
        return Contexts.withTimeout(parent, timeout, cause);
    }

    /**
     * A child of {@code parent} carrying {@code value} for {@code key}. Use it for
     * request-scoped data, with a key of a type of your own so that packages don't collide.
     *
     * @throws NullPointerException       "cannot create context from nil parent", or "nil key"
     * @throws IllegalArgumentException "key is not comparable" for an array key (arrays
     *                                  compare by identity, Go's slices not at all)
     *
     * @param parent the context the child derives from
     * @param key    the key {@link #value} looks up, compared with {@code equals}
     * @param value  the value for {@code key}; may be null
     * @return the child, canceled when {@code parent} is
     */
    static Context withValue(Context parent, Object key, Object value) {
        return Contexts.withValue(parent, key, value);
    }

    /**
     * A child of {@code parent} carrying {@code value} for the typed {@code key}:
     * {@link #withValue(Context, Object, Object)} where the compiler checks that the value is
     * a {@code T}, so that {@link #value(Key)} returns one. (A value of another type does not
     * fail to compile: the call goes to the untyped overload. Declare the key with its type
     * argument and the value's type shows at the call.)
     *
     * @param <T> the type of the value
     * @param parent the context to derive from
     * @param key the key, compared by identity
     * @param value the value stored under {@code key}
     * @return a child of {@code parent} that carries {@code value} under {@code key}
     * @throws NullPointerException "cannot create context from nil parent", or "nil key"
     */
    static <T> Context withValue(Context parent, Key<T> key, T value) {
        return Contexts.withValue(parent, key, value);
    }

    /**
     * A context with {@code parent}'s values that is never canceled: no deadline, no
     * {@code err()}, a nil {@code done()} channel, and a null {@link #cause}.
     *
     * @param parent the context whose values the new one carries
     * @return a context with {@code parent}'s values that is never canceled
     * @throws NullPointerException "cannot create context from nil parent"
     */
    static Context withoutCancel(Context parent) {
        return Contexts.withoutCancel(parent);
    }

    // ---- cause and callbacks ----

    /**
     * Why {@code ctx} was canceled: the cause given to the first
     * {@link Cancelable#cancel(Throwable)} (or deadline cause) of {@code ctx} or of an
     * ancestor, else {@code ctx.err()}; null while {@code ctx} is not canceled.
     *
     * @param ctx the context asked about
     * @return the recorded cause, {@code ctx.err()} when none was recorded, or null
     */
    static Throwable cause(Context ctx) {
        return Contexts.cause(ctx);
    }

    /**
     * Runs {@code f} in its own goroutine once {@code ctx} is done (at once if it already is).
     * Calling {@code getAsBoolean()} on the returned stop function unhooks {@code f}: true if
     * that stopped {@code f} from running, false if {@code f} was already started or stopped.
     * Stop does not wait for {@code f} to finish.
     *
     * @param ctx the context whose end starts {@code f}
     * @param f   the function to run in a goroutine once {@code ctx} is done
     * @return the stop function: true if it kept {@code f} from running
     * @throws NullPointerException "cannot create context from nil parent", or for a null {@code f}
     */
    static BooleanSupplier afterFunc(Context ctx, Runnable f) {
        return Contexts.afterFunc(ctx, f);
    }

    // ---- typed keys ----

    /**
     * A context key whose values are {@code T}s: {@link #withValue(Context, Key, Object)}
     * stores one and {@link #value(Key)} returns it with no cast. Go's advice, "a key of an
     * unexported type of your own, so that packages don't collide", in one line: every
     * {@code new Key} is a key of its own, equal only to itself (identity, as Go's {@code ==}
     * on a pointer key), whatever its name. The name is for people: {@code toString()} returns
     * it, so a context prints as {@code context.Background.WithValue(requestID, r-42)}.
     *
     * <pre>{@code
     * Context.Key<Locale> locale = new Context.Key<>("locale"); // a static final field, as a rule
     *
     * Context ctx = Context.withValue(Context.background(), locale, Locale.FRANCE);
     * Locale l = ctx.value(locale);   // no cast; null if no context up the chain has one
     * }</pre>
     *
     * @param <T> the type of the values stored under this key
     */
    final class Key<T> {
        private final String name;

        /**
         * A new key, distinct from every other.
         *
         * @param name what {@link #toString()} shows, for people
         * @throws NullPointerException if {@code name} is null
         */
        public Key(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** The key's name, as given to the constructor. */
        @Override
        public String toString() {
            return name;
        }
    }
}
