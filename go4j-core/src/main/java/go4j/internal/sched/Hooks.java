package go4j.internal.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The two package-private JDK entry points the scheduler needs, reached through a private lookup
 * into {@code java.lang} (which requires {@code --add-opens java.base/java.lang=<go4j's module>}):
 * <ul>
 *   <li>{@code new ThreadBuilders.VirtualThreadBuilder(Executor)}: virtual threads whose
 *       continuations run wherever the executor says (JDK 21-25);</li>
 *   <li>{@code Thread.currentCarrierThread()}: an intrinsic that, inside a mounted virtual
 *       thread, returns its carrier, and on a platform thread returns that thread. The
 *       scheduler uses it to know which M (if any) a wake-up happens on.</li>
 * </ul>
 * Both handles are {@code static final}, so the JIT inlines {@code invokeExact} down to the
 * intrinsic. When either is missing, {@link #FAILURE} says why and nothing else here may be used.
 */
final class Hooks {
    private Hooks() {
    }

    private static final MethodHandle CURRENT_CARRIER; // ()Thread
    private static final MethodHandle NEW_BUILDER;     // (Executor)Thread.Builder.OfVirtual
    /** Why the hooks are unreachable, or null when they work. */
    static final String FAILURE;

    static {
        MethodHandle carrier = null;
        MethodHandle builder = null;
        String failure = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
            carrier = l.findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
            Class<?> b = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            builder = l.findConstructor(b, MethodType.methodType(void.class, Executor.class))
                    .asType(MethodType.methodType(Thread.Builder.OfVirtual.class, Executor.class));
        } catch (IllegalAccessException | RuntimeException e) {
            Module m = Hooks.class.getModule();
            String target = m.isNamed() ? m.getName() : "ALL-UNNAMED";
            failure = "java.lang is not open to go4j (run java with --add-opens java.base/java.lang=" + target + ")";
        } catch (ReflectiveOperationException | LinkageError e) {
            failure = "this JDK has no virtual-thread scheduler hook (" + e + ")";
        }
        CURRENT_CARRIER = carrier;
        NEW_BUILDER = builder;
        FAILURE = failure;
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

    /** A virtual thread builder whose threads run on {@code scheduler}. */
    static Thread.Builder.OfVirtual virtualThreadBuilder(Executor scheduler) {
        try {
            return (Thread.Builder.OfVirtual) NEW_BUILDER.invokeExact(scheduler);
        } catch (Throwable t) {
            throw new IllegalStateException("go4j: cannot create a virtual thread builder", t);
        }
    }
}
