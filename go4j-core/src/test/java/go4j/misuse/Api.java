package go4j.misuse;

import go4j.Case;
import go4j.Chan;
import go4j.RecvChan;
import go4j.SendChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.internal.runtime.Timers;
import go4j.patterns.WorkerPool;
import go4j.sync.Cond;
import go4j.sync.ErrGroup;
import go4j.sync.Locker;
import go4j.sync.Mutex;
import go4j.sync.Once;
import go4j.sync.RWMutex;
import go4j.sync.WaitGroup;
import go4j.time.Ticker;
import go4j.time.Time;
import go4j.time.Timer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static go4j.Go.numGoroutine;

/**
 * The public API as the misuse sweeps see it: every public class of the exported packages (found
 * on the class path, so a class added later is swept too), a valid value for every parameter
 * type, a fresh receiver for every class with instance methods, and the check that a rejected
 * call left nothing behind.
 */
final class Api {
    private Api() {
    }

    static final List<String> PACKAGES = List.of("go4j", "go4j.context", "go4j.sync", "go4j.time", "go4j.patterns",
            "go4j.bridge", "go4j.diag");

    /** Public top-level classes and interfaces of the exported packages, by name. */
    static List<Class<?>> publicClasses() {
        try {
            Path root = Path.of(Chan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> out = new ArrayList<>();
            for (String pkg : PACKAGES) {
                Path dir = root.resolve(pkg.replace('.', '/'));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                            continue;
                        }
                        Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
                        if (Modifier.isPublic(c.getModifiers())) {
                            out.add(c);
                        }
                    }
                }
            }
            out.sort(Comparator.comparing(Class::getName));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public methods and constructors declared by {@code c} (not inherited from Object). */
    static List<Executable> publicMembers(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        for (var m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                out.add(m);
            }
        }
        for (var k : c.getDeclaredConstructors()) {
            if (Modifier.isPublic(k.getModifiers())) {
                out.add(k);
            }
        }
        out.sort(Comparator.comparing(Api::signature));
        return out;
    }

    static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e.getDeclaringClass().getSimpleName());
        sb.append('.').append(e instanceof java.lang.reflect.Constructor ? "<init>" : e.getName()).append('(');
        Class<?>[] ps = e.getParameterTypes();
        for (int i = 0; i < ps.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(ps[i].getSimpleName());
        }
        return sb.append(')').toString();
    }

    /** Things a sweep made that must be released afterwards (contexts, timers, pools). */
    static final class Scope implements AutoCloseable {
        private final List<Runnable> cleanups = new ArrayList<>();

        Context context() {
            Cancelable c = Context.withCancel(Context.background());
            cleanups.add(c::cancel);
            return c.context();
        }

        /** A valid argument of type {@code t}. */
        Object valid(Class<?> t) {
            if (t == int.class) {
                return 1;
            }
            if (t == long.class) {
                return 1L;
            }
            if (t == boolean.class) {
                return false;
            }
            if (t == Duration.class) {
                return Duration.ofHours(1);
            }
            if (t == Instant.class) {
                return Instant.now().plus(Duration.ofHours(1));
            }
            if (t == Runnable.class) {
                return (Runnable) () -> { };
            }
            if (t == Callable.class) {
                return (Callable<Object>) () -> null;
            }
            if (t == Supplier.class) {
                return (Supplier<Object>) () -> "v";
            }
            if (t == Function.class) {
                return Function.identity();
            }
            if (t == BiFunction.class) {
                return (BiFunction<Object, Object, Object>) (a, b) -> a;
            }
            if (t == BiPredicate.class) {
                return (BiPredicate<Object, Object>) (a, b) -> true;
            }
            if (t == Locker.class) {
                return new Mutex();
            }
            if (t == Predicate.class) {
                return (Predicate<Object>) x -> true;
            }
            if (t == Context.class) {
                return context();
            }
            if (t == Context.Key.class) {
                return new Context.Key<>("k");
            }
            if (t == Throwable.class) {
                return new RuntimeException("cause");
            }
            if (t == String.class) {
                return "s";
            }
            if (t == Object.class) {
                return "v";
            }
            if (t == Iterable.class || t == List.class) {
                return List.of();
            }
            if (t == Chan.class || t == RecvChan.class || t == SendChan.class) {
                return new Chan<>(1);
            }
            if (t == Case.class) {
                return new Chan<>(1).onRecv();
            }
            if (t.isArray()) {
                return java.lang.reflect.Array.newInstance(t.getComponentType(), 0);
            }
            throw new IllegalArgumentException("no valid value of " + t + " known to the misuse sweep: add one");
        }

        /** A fresh instance to call {@code c}'s instance methods on. */
        Object receiver(Class<?> c) {
            if (c == Chan.class || c == SendChan.class || c == RecvChan.class) {
                return new Chan<>(1);
            }
            if (c == Cancelable.class) {
                Cancelable k = Context.withCancel(Context.background());
                cleanups.add(k::cancel);
                return k;
            }
            if (c == Context.class) {
                return context();
            }
            if (c == WaitGroup.class) {
                return new WaitGroup();
            }
            if (c == Mutex.class) {
                return new Mutex();
            }
            if (c == RWMutex.class) {
                return new RWMutex();
            }
            if (c == Once.class) {
                return new Once();
            }
            if (c == ErrGroup.class) {
                return new ErrGroup();
            }
            if (c == Cond.class) {
                return new Cond(new Mutex());
            }
            if (c == go4j.sync.Map.class) {
                return new go4j.sync.Map<>();
            }
            if (c == go4j.sync.Pool.class) {
                return new go4j.sync.Pool<>();
            }
            if (c == Timer.class) {
                Timer t = Time.newTimer(Duration.ofHours(1));
                cleanups.add(t::stop);
                return t;
            }
            if (c == Ticker.class) {
                Ticker t = Time.newTicker(Duration.ofHours(1));
                cleanups.add(t::stop);
                return t;
            }
            if (c == WorkerPool.class) {
                return WorkerPool.start(context(), 1, 1, Function.identity());
            }
            if (c == go4j.Received.class) {
                return new go4j.Received<>("v", true);
            }
            if (c == go4j.bridge.ChanPublisher.class) {
                return new go4j.bridge.ChanPublisher<>(new Chan<>(1));
            }
            if (c == go4j.bridge.ChanSubscriber.class) {
                return new go4j.bridge.ChanSubscriber<>(new Chan<>(1));
            }
            throw new IllegalArgumentException("no receiver of " + c + " known to the misuse sweep: add one");
        }

        @Override
        public void close() {
            cleanups.forEach(Runnable::run);
        }
    }

    /** Live goroutines and pending timers, to compare before and after a rejected call. */
    record Footprint(int goroutines, int timers) {
        static Footprint now() {
            return new Footprint(numGoroutine(), Timers.pending());
        }

        /**
         * Waits a little for goroutines and timers to drop back to at most {@code this} (others'
         * stragglers may end meanwhile, so "at most"); the final reading.
         */
        Footprint settle() throws InterruptedException {
            Footprint f = now();
            for (int i = 0; i < 200 && !f.within(this); i++) {
                Thread.sleep(10);
                f = now();
            }
            return f;
        }

        boolean within(Footprint limit) {
            return goroutines <= limit.goroutines && timers <= limit.timers;
        }
    }
}
