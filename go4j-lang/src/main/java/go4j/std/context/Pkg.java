package go4j.std.context;

import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.fn.F$$V;
import go4j.lang.ErrorString;
import go4j.lang.GoPanic;
import go4j.lang.RType;
import go4j.std.time.Time;

/**
 * Go's {@code context} package (stub {@code go4j/std/context/context.go}) over go4j-core's
 * {@link go4j.context}. A {@code Context} is an interface value, an Object: one of this
 * package's {@link Ctx}, or a Go value with the four methods, which core sees through a
 * {@link GoContext}. A {@code CancelFunc} is a {@code func()} value, an {@link F$$V}. The two
 * results of the With functions are an {@code Object[]} {@code {ctx, cancel}}.
 *
 * <pre>{@code
 * Object[] r = Pkg.WithCancel(Pkg.Background());   // ctx, cancel := context.WithCancel(...)
 * ((F$$V) r[1]).call();                           // cancel()
 * ((Ctx) r[0]).Err();                             // Pkg.Canceled: "context canceled"
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    // The variables are not final: a Go program may assign them, with putstatic.

    /** Go's {@code context.Canceled}, an {@code *errors.errorString}. */
    public static Object Canceled = ErrorString.of("context canceled");

    /** Go's {@code context.DeadlineExceeded}, a {@code context.deadlineExceededError}. */
    public static Object DeadlineExceeded = DeadlineExceededError.INSTANCE;

    /** @return the empty root context, never canceled: {@code context.Background} */
    public static Object Background() {
        return Ctx.BACKGROUND;
    }

    /** @return the other empty root context, {@code context.TODO} */
    public static Object TODO() {
        return Ctx.TODO;
    }

    /**
     * Go's {@code WithCancel}.
     *
     * @param parent a context
     * @return {@code {ctx, cancel}}
     * @throws GoPanic {@code cannot create context from nil parent}
     */
    public static Object[] WithCancel(Object parent) {
        Cancelable c = Context.withCancel(core(parent));
        return new Object[] {Ctx.cancel(c.context(), parent), cancelFunc(c)};
    }

    /**
     * Go's {@code WithDeadline}: when the parent's deadline is earlier than d, a plain
     * {@link #WithCancel}, as in Go. The timer waits {@code time.Until(d)}, so that it runs
     * on the monotonic clock when d has a reading (from {@code time.Now}).
     *
     * @param parent a context
     * @param d      the deadline
     * @return {@code {ctx, cancel}}
     * @throws GoPanic {@code cannot create context from nil parent}
     */
    public static Object[] WithDeadline(Object parent, Time d) {
        Context p = core(parent);
        Object[] cur = Ctx.deadlineOf(parent);
        if ((Boolean) cur[1] && ((Time) cur[0]).Before(d)) {
            return WithCancel(parent);
        }
        long left = go4j.std.time.Pkg.Until(d);
        Cancelable c = Context.withTimeout(p, java.time.Duration.ofNanos(left));
        return new Object[] {Ctx.timer(c.context(), parent, d.$copy()), cancelFunc(c)};
    }

    /**
     * Go's {@code WithTimeout}: {@code WithDeadline(parent, time.Now().Add(timeout))}.
     *
     * @param parent  a context
     * @param timeout a {@code time.Duration}, in nanoseconds
     * @return {@code {ctx, cancel}}
     * @throws GoPanic {@code cannot create context from nil parent}
     */
    public static Object[] WithTimeout(Object parent, long timeout) {
        return WithDeadline(parent, go4j.std.time.Pkg.Now().Add(timeout));
    }

    /**
     * Go's {@code WithValue}.
     *
     * @param parent a context
     * @param key    an interface value of a comparable type
     * @param val    an interface value, or null
     * @return the child context
     * @throws GoPanic {@code cannot create context from nil parent}, {@code nil key},
     *                 {@code key is not comparable}, with Go's panic values
     */
    public static Object WithValue(Object parent, Object key, Object val) {
        Context p = core(parent);
        if (key == null) {
            throw new GoPanic("nil key");
        }
        if (!RType.typeOf(key).comparable()) {
            throw new GoPanic("key is not comparable");
        }
        return Ctx.value(Context.withValue(p, new Ctx.GoKey(key), val), parent, key, val);
    }

    /** The core context of a Go one; Go's panic for a nil parent. */
    private static Context core(Object parent) {
        return switch (parent) {
            case null -> throw new GoPanic("cannot create context from nil parent");
            case Ctx c -> c.core;
            default -> new GoContext(parent);
        };
    }

    /** A CancelFunc: canceling is idempotent and safe from any goroutine, as Go's. */
    private static F$$V cancelFunc(Cancelable c) {
        return c::cancel;
    }
}
