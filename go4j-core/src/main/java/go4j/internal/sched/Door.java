package go4j.internal.sched;

import go4j.internal.base.Settings;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The way into the JDK: how the scheduler gets virtual threads whose continuations the JDK hands
 * to {@link GmpScheduler#execute} instead of to its own ForkJoinPool. Two doors, chosen once,
 * when the first scheduler is created (docs/adr/0004-two-doors-into-the-jdk.md):
 * <ul>
 *   <li>{@code builder}: the package-private constructor
 *       {@code ThreadBuilders.VirtualThreadBuilder(Executor)} of JDK 21-25, reached through a
 *       private lookup into {@code java.lang} (needs {@code --add-opens java.base/java.lang});</li>
 *   <li>{@code prototype}: the public {@code Thread.Builder.OfVirtual.scheduler(...)} of the
 *       loom project's custom-scheduler prototype, in whichever of its shapes the running JDK
 *       has: a parameter of type {@code Executor}, or of type
 *       {@code Thread.VirtualThreadScheduler} (adapted from an Executor by its static
 *       {@code adapt(Executor)} when there is one, else implemented here by a proxy that hands
 *       every task it is given to the scheduler).</li>
 * </ul>
 * Detected, never assumed: the builder door first (the one go4j is measured and tested on), the
 * prototype when the builder door is missing; {@code -Dgo4j.sched.door=builder|prototype}
 * forces one. When the chosen door cannot open, {@link #FAILURE} says why and gmp is
 * unavailable (the runtime then runs goroutines on the JDK's scheduler, saying so once).
 * Only {@link #builder} is called, once per scheduler: nothing here is on a hot path (the
 * carrier lookup, which is, stays a static final handle in {@link Hooks}).
 */
abstract sealed class Door permits Door.BuilderDoor, Door.PrototypeDoor {
    /** "builder" or "prototype". */
    abstract String name();

    /** A builder of virtual threads whose continuations run wherever {@code scheduler} says. */
    abstract Thread.Builder.OfVirtual builder(Executor scheduler);

    /** The door in use, or null when none opens (then {@link #FAILURE} says why). */
    static final Door CHOSEN;
    /** Why no door opens, or null. */
    static final String FAILURE;

    static {
        String wanted = Settings.get("go4j.sched.door", null);
        Door chosen = null;
        String failure = null;
        if (wanted != null && !wanted.equals("builder") && !wanted.equals("prototype")) {
            System.err.println("go4j: unknown go4j.sched.door '" + wanted + "' (expected builder or prototype); choosing by itself");
            wanted = null;
        }
        if (wanted == null || wanted.equals("builder")) {
            BuilderDoor b = new BuilderDoor();
            if (b.failure == null) {
                chosen = b;
            } else {
                failure = b.failure;
            }
        }
        if (chosen == null && (wanted == null || wanted.equals("prototype"))) {
            PrototypeDoor p = new PrototypeDoor();
            if (p.failure == null) {
                chosen = p;
                failure = null;
            } else {
                failure = failure == null ? p.failure : failure + "; " + p.failure;
            }
        }
        CHOSEN = chosen;
        FAILURE = chosen == null ? failure : null;
    }

    /** The doors this JDK offers, by name (for tests and diagnostics). */
    static List<String> available() {
        List<String> names = new ArrayList<>();
        if (new BuilderDoor().failure == null) {
            names.add("builder");
        }
        if (new PrototypeDoor().failure == null) {
            names.add("prototype");
        }
        return names;
    }

    /** Why the prototype door cannot open on this JDK, or null when it can (for tests). */
    static String prototypeFailure() {
        return new PrototypeDoor().failure;
    }

    /** A door of the given name, if this JDK offers it, else null (for tests). */
    static Door open(String name) {
        Door d = name.equals("builder") ? new BuilderDoor() : new PrototypeDoor();
        return d.failure() == null ? d : null;
    }

    abstract String failure();

    /** JDK 21-25: {@code new ThreadBuilders.VirtualThreadBuilder(Executor)}, package-private. */
    static final class BuilderDoor extends Door {
        private final MethodHandle newBuilder; // (Executor)Thread.Builder.OfVirtual
        private final String failure;

        BuilderDoor() {
            MethodHandle h = null;
            String why = null;
            try {
                MethodHandles.Lookup l = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
                Class<?> b = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
                h = l.findConstructor(b, MethodType.methodType(void.class, Executor.class))
                        .asType(MethodType.methodType(Thread.Builder.OfVirtual.class, Executor.class));
            } catch (IllegalAccessException | RuntimeException e) {
                why = "builder door: " + Hooks.notOpen();
            } catch (ReflectiveOperationException | LinkageError e) {
                why = "builder door: this JDK has no ThreadBuilders.VirtualThreadBuilder(Executor) (" + e + ")";
            }
            this.newBuilder = h;
            this.failure = why;
        }

        @Override
        String name() {
            return "builder";
        }

        @Override
        String failure() {
            return failure;
        }

        @Override
        Thread.Builder.OfVirtual builder(Executor scheduler) {
            try {
                return (Thread.Builder.OfVirtual) newBuilder.invokeExact(scheduler);
            } catch (Throwable t) {
                throw new IllegalStateException("go4j: cannot create a virtual thread builder", t);
            }
        }
    }

    /**
     * The loom prototype: {@code Thread.ofVirtual().scheduler(x)}, public API, where x is the
     * scheduler as an Executor or as a {@code Thread.VirtualThreadScheduler}.
     */
    static final class PrototypeDoor extends Door {
        private final Method scheduler;  // Thread.Builder.OfVirtual.scheduler(Executor or VirtualThreadScheduler)
        private final Method adapt;      // VirtualThreadScheduler.adapt(Executor), or null
        private final String failure;

        PrototypeDoor() {
            Method found = null;
            Method adapter = null;
            String why = null;
            for (Method m : Thread.Builder.OfVirtual.class.getMethods()) {
                if (m.getName().equals("scheduler") && m.getParameterCount() == 1
                        && Thread.Builder.OfVirtual.class.isAssignableFrom(m.getReturnType())) {
                    found = m;
                }
            }
            if (found == null) {
                why = "prototype door: this JDK (" + Runtime.version()
                        + ") has no Thread.Builder.OfVirtual.scheduler(...), the loom custom-scheduler prototype";
            } else {
                Class<?> p = found.getParameterTypes()[0];
                if (p != Executor.class) {
                    if (!p.isInterface()) {
                        why = "prototype door: OfVirtual.scheduler takes a " + p.getName() + ", which go4j cannot provide";
                    } else {
                        for (Method m : p.getMethods()) {
                            if (m.getName().equals("adapt") && Modifier.isStatic(m.getModifiers())
                                    && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Executor.class) {
                                adapter = m;
                            }
                        }
                        if (adapter == null && taskParameterMissing(p)) {
                            why = "prototype door: " + p.getName() + " has a method go4j cannot serve";
                        }
                    }
                }
            }
            this.scheduler = why == null ? found : null;
            this.adapt = adapter;
            this.failure = why;
        }

        /** True if some abstract method of {@code api} takes no Runnable to hand on. */
        private static boolean taskParameterMissing(Class<?> api) {
            for (Method m : api.getMethods()) {
                if (Modifier.isAbstract(m.getModifiers()) && taskIndex(m) < 0) {
                    return true;
                }
            }
            return false;
        }

        /** The index of the last Runnable parameter of {@code m} (the task to run), or -1. */
        private static int taskIndex(Method m) {
            Class<?>[] ps = m.getParameterTypes();
            for (int i = ps.length - 1; i >= 0; i--) {
                if (Runnable.class.isAssignableFrom(ps[i])) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        String name() {
            return "prototype";
        }

        @Override
        String failure() {
            return failure;
        }

        @Override
        Thread.Builder.OfVirtual builder(Executor executor) {
            try {
                Class<?> p = scheduler.getParameterTypes()[0];
                Object arg;
                if (p == Executor.class) {
                    arg = executor;
                } else if (adapt != null) {
                    arg = adapt.invoke(null, executor);
                } else {
                    // Every abstract method (onStart, onContinue, execute, ...) hands its task on.
                    arg = Proxy.newProxyInstance(p.getClassLoader(), new Class<?>[] {p}, (proxy, m, args) -> {
                        if (m.getDeclaringClass() == Object.class) {
                            return switch (m.getName()) {
                                case "hashCode" -> System.identityHashCode(proxy);
                                case "equals" -> proxy == args[0];
                                default -> "go4j gmp scheduler";
                            };
                        }
                        if (m.isDefault() || !Modifier.isAbstract(m.getModifiers())) {
                            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, args);
                        }
                        executor.execute((Runnable) args[taskIndex(m)]);
                        return null;
                    });
                }
                return (Thread.Builder.OfVirtual) scheduler.invoke(Thread.ofVirtual(), arg);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("go4j: cannot create a virtual thread builder through the prototype door", e);
            }
        }
    }
}
