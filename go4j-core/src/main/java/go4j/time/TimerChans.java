package go4j.time;

import go4j.Chan;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What this package needs of a {@link Chan} beyond its public API: a timer's channel, and a look
 * at whether anyone waits on one. {@code Chan} keeps both package-private; this class reaches
 * them through a private lookup, which go4j's module grants itself. (Chan cannot hand them down:
 * go4j.time is above go4j, and the runtime below it must not know Chan.) The handles are
 * {@code static final}, so the JIT calls the methods directly.
 */
final class TimerChans {
    private TimerChans() {
    }

    private static final MethodHandle NEW_TIMER_CHAN;       // ()Chan
    private static final MethodHandle HAS_WAITING_RECEIVERS; // (Chan)boolean

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(Chan.class, MethodHandles.lookup());
            NEW_TIMER_CHAN = l.findStatic(Chan.class, "newTimerChan", MethodType.methodType(Chan.class));
            HAS_WAITING_RECEIVERS = l.findVirtual(Chan.class, "hasWaitingReceivers", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A fresh timer channel: a one-element buffer that reads as unbuffered. */
    @SuppressWarnings("unchecked")
    static <T> Chan<T> newTimerChan() {
        try {
            return (Chan<T>) (Chan<?>) NEW_TIMER_CHAN.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e; // an OutOfMemoryError, say
        } catch (Throwable t) {
            throw new AssertionError(t); // declares no checked exception
        }
    }

    /** A lock-free, possibly stale look: is a goroutine blocked receiving from {@code c}? */
    static boolean hasWaitingReceivers(Chan<?> c) {
        try {
            return (boolean) HAS_WAITING_RECEIVERS.invokeExact((Chan) c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t); // declares no checked exception
        }
    }
}
