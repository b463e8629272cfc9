package go4j.internal.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The JDK internals the scheduler reads besides its {@link Door}, reached through a private
 * lookup into {@code java.lang} (which requires {@code --add-opens java.base/java.lang=<go4j's
 * module>}): {@code Thread.currentCarrierThread()}, an intrinsic that, inside a mounted virtual
 * thread, returns its carrier, and on a platform thread returns that thread (the scheduler uses
 * it to know which M, if any, a wake-up happens on); and the JDK's executors of timed parks
 * ({@link #delayedTaskSchedulers}). The carrier handle is {@code static final}, so the JIT
 * inlines {@code invokeExact} down to the intrinsic. When it is missing, {@link #FAILURE} says
 * why and {@link #currentCarrier} may not be used.
 */
final class Hooks {
    private Hooks() {
    }

    private static final MethodHandle CURRENT_CARRIER; // ()Thread
    /** Why the carrier lookup is unreachable, or null when it works. */
    static final String FAILURE;

    static {
        MethodHandle carrier = null;
        String failure = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
            carrier = l.findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
        } catch (IllegalAccessException | RuntimeException e) {
            failure = notOpen();
        } catch (ReflectiveOperationException | LinkageError e) {
            failure = "this JDK has no Thread.currentCarrierThread() (" + e + ")";
        }
        CURRENT_CARRIER = carrier;
        FAILURE = failure;
    }

    /** What to say when java.lang is not open to go4j. */
    static String notOpen() {
        Module m = Hooks.class.getModule();
        String target = m.isNamed() ? m.getName() : "ALL-UNNAMED";
        return "java.lang is not open to go4j (run java with --add-opens java.base/java.lang=" + target + ")";
    }

    /** The carrier of the current virtual thread, or the current thread if it is a platform thread. */
    static Thread currentCarrier() {
        try {
            return (Thread) CURRENT_CARRIER.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError(t); // currentCarrierThread() throws nothing
        }
    }

    /**
     * The JDK's executors that time the timed parks (sleep, parkNanos) of virtual threads whose
     * scheduler is not the JDK's own pool, so of every virtual thread on this scheduler, or an
     * empty array if this JDK keeps them elsewhere. Read once, on first use (the JDK creates
     * them then if no virtual thread has parked with a timeout yet).
     */
    static ScheduledExecutorService[] delayedTaskSchedulers() {
        return DelayedTaskSchedulers.INSTANCE;
    }

    private static final class DelayedTaskSchedulers {
        static final ScheduledExecutorService[] INSTANCE = find();

        private static ScheduledExecutorService[] find() {
            try {
                Class<?> c = Class.forName("java.lang.VirtualThread$DelayedTaskSchedulers");
                MethodHandles.Lookup l = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
                return (ScheduledExecutorService[]) l.findStaticVarHandle(c, "INSTANCE", ScheduledExecutorService[].class)
                        .get();
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return new ScheduledExecutorService[0];
            }
        }
    }
}
