package go4j.std.context;

import go4j.Chan;
import go4j.RecvChan;
import go4j.context.Context;
import go4j.fn.M$Deadline$$A;
import go4j.fn.M$Done$$L;
import go4j.fn.M$Err$$L;
import go4j.fn.M$Value$L$L;
import go4j.lang.Eq;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;
import go4j.std.time.Duration;
import go4j.std.time.Time;

import java.util.List;

/**
 * A context the package made, as compiled code sees it: a {@code context.Context} interface
 * value whose four methods it calls through the method interfaces of {@code go4j.fn}. Each
 * wraps one of go4j-core's contexts ({@link #core}), which does the canceling, the timers and
 * the value lookup, so that a goroutine blocked on {@code Done} parks where the deadlock
 * detector sees it. What core cannot know, the wrapper keeps: the Go parent and the Go
 * values of the constructor, for Go's {@code String()} and {@code %T}, and the deadline as a
 * {@code time.Time}.
 *
 * <p>Keys are Go interface values, compared with Go's {@code ==}; core compares keys with
 * {@code equals}, so each lookup and each stored key is wrapped in a {@link GoKey}.
 *
 * <pre>{@code
 * Object ctx = Pkg.WithValue(Pkg.Background(), "k", 1L);
 * ((Ctx) ctx).Value("k");   // 1L
 * ((Ctx) ctx).String();     // context.Background.WithValue(type string, val <not Stringer>)
 * }</pre>
 */
final class Ctx implements M$Deadline$$A, M$Done$$L, M$Err$$L, M$Value$L$L, Stringer, GoValue {
    /** The kinds of context, each with Go 1.19's dynamic type. */
    enum Kind {
        BACKGROUND("emptyCtx"), TODO("emptyCtx"), CANCEL("cancelCtx"), TIMER("timerCtx"), VALUE("valueCtx");

        /** {@code *context.<name>}. */
        final RType type;

        Kind(String name) {
            type = RType.pointer(RType.named("context", name).setUnderlying(RType.struct(List.of())));
        }
    }

    static final Ctx BACKGROUND = new Ctx(Kind.BACKGROUND, Context.background(), null, null, null, null);
    static final Ctx TODO = new Ctx(Kind.TODO, Context.todo(), null, null, null, null);

    final Kind kind;
    /** The context underneath, go4j-core's. */
    final Context core;
    /** The Go parent (a Ctx or a context written in Go); null for the roots. */
    private final Object parent;
    /** A TIMER's deadline, as Go's WithDeadline got it. */
    private final Time deadline;
    /** A VALUE's key and value, Go interface values. */
    private final Object key;
    private final Object val;

    private Ctx(Kind kind, Context core, Object parent, Time deadline, Object key, Object val) {
        this.kind = kind;
        this.core = core;
        this.parent = parent;
        this.deadline = deadline;
        this.key = key;
        this.val = val;
    }

    static Ctx cancel(Context core, Object parent) {
        return new Ctx(Kind.CANCEL, core, parent, null, null, null);
    }

    static Ctx timer(Context core, Object parent, Time deadline) {
        return new Ctx(Kind.TIMER, core, parent, deadline, null, null);
    }

    static Ctx value(Context core, Object parent, Object key, Object val) {
        return new Ctx(Kind.VALUE, core, parent, null, key, val);
    }

    /**
     * The nearest deadline up the chain: a TIMER's own, the roots' none, otherwise the
     * parent's, asked through Go's Deadline method when the parent was written in Go.
     *
     * @return {@code {time.Time deadline, Boolean ok}}, the zero Time when there is none
     */
    @Override
    public Object[] Deadline() {
        return deadlineOf(this);
    }

    /**
     * @param c a Go context, non-null
     * @return {@code c.Deadline()}, walking this package's contexts with a loop
     */
    static Object[] deadlineOf(Object c) {
        while (c instanceof Ctx x) {
            switch (x.kind) {
                case TIMER -> {
                    return new Object[] {x.deadline.$copy(), true};
                }
                case BACKGROUND, TODO -> {
                    return new Object[] {new Time(), false};
                }
                default -> c = x.parent;
            }
        }
        return ((M$Deadline$$A) c).Deadline();
    }

    /** @return core's done channel, a {@link Chan}; null (Go's nil channel) for a root */
    @Override
    public Object Done() {
        RecvChan<Void> d = core.done();
        return d == (Object) Chan.nil() ? null : d;
    }

    /** @return null, {@link Pkg#Canceled}, {@link Pkg#DeadlineExceeded}, or a Go parent's error */
    @Override
    public Object Err() {
        return Errors.toGo(core.err());
    }

    /**
     * @param key a Go interface value; or a core key that a Go-written context passed on
     * @return the value stored under key up the chain, or null
     */
    @Override
    public Object Value(Object key) {
        if (key instanceof GoContext.CoreKey k) {
            return core.value(k.key());
        }
        return core.value(new GoKey(key));
    }

    /** Go 1.19's String(): the chain from the root, such as {@code context.Background.WithCancel}. */
    @Override
    public String String() {
        return switch (kind) {
            case BACKGROUND -> "context.Background";
            case TODO -> "context.TODO";
            case CANCEL -> name(parent) + ".WithCancel";
            case TIMER -> name(parent) + ".WithDeadline(" + deadline.String() + " ["
                    + Duration.String(go4j.std.time.Pkg.Until(deadline)) + "])";
            case VALUE -> name(parent) + ".WithValue(type " + RType.typeOf(key) + ", val " + stringify(val) + ")";
        };
    }

    /** Go's contextName: the context's String(), else its type. */
    private static String name(Object c) {
        return c instanceof Stringer s ? s.String() : RType.typeOf(c).toString();
    }

    /** Go 1.19's stringify: a String() or a string; anything else is not shown. */
    private static String stringify(Object v) {
        return switch (v) {
            case Stringer s -> s.String();
            case String s -> s;
            case null, default -> "<not Stringer>";
        };
    }

    @Override
    public RType goType() {
        return kind.type;
    }

    @Override
    public String toString() {
        return String();
    }

    /**
     * A Go key as go4j-core stores and looks it up: equal to another by Go's {@code ==} on
     * interface values, hashed consistently with it.
     *
     * @param key the Go interface value
     */
    record GoKey(Object key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GoKey k && Eq.equal(key, k.key);
        }

        @Override
        public int hashCode() {
            return Eq.hash(key);
        }
    }
}
