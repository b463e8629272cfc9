package go4j.sync;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Go's sync.Once: runs a function exactly once. Every {@link #run} returns only after that
 * one call has returned; if the function throws, the Once still counts as done and later
 * calls do nothing, as in Go.
 *
 * <p>Go 1.21's {@code OnceFunc}, {@code OnceValue} and {@code OnceValues} are the static
 * factories {@link #onceFunc}, {@link #onceValue} and {@link #onceValues}.
 *
 * <pre>{@code
 * Once once = new Once();
 * for (int i = 0; i < 10; i++) {
 *     go(() -> once.run(() -> System.out.println("only once")));
 * }
 * Supplier<ResourceBundle> config = Once.onceValue(() -> ResourceBundle.getBundle("app"));
 * config.get(); // loads app.properties
 * config.get(); // the same ResourceBundle
 * }</pre>
 */
public final class Once {
    /* Invariant: done becomes true only after f has returned or thrown, under m. */
    private volatile boolean done;       // f has returned or thrown: run returns at once
    private final Mutex m = new Mutex(); // held while f runs; later callers wait on it

    /** A Once that has run nothing yet, Go's zero {@code sync.Once}. */
    public Once() {
    }

    /**
     * Calls {@code f} if and only if no call of run on this Once has called it before (Go's Do).
     *
     * @param f the function to call the first time
     */
    public void run(Runnable f) {
        Objects.requireNonNull(f, "f");
        if (done) {
            return;
        }
        m.lock();
        try {
            if (!done) {
                try {
                    f.run();
                } finally {
                    done = true;
                }
            }
        } finally {
            m.unlock();
        }
    }

    // ---- Go 1.21's OnceFunc, OnceValue, OnceValues ----

    /**
     * A function that calls {@code f} only once, however many goroutines call it and however
     * often (Go's {@code sync.OnceFunc}). Every call returns only after that one call of
     * {@code f} returned. If {@code f} throws, every call throws the same exception object.
     * {@code f} is not kept reachable after its call.
     *
     * @param f the function to call once
     * @return the function that calls {@code f} the first time it is called
     * @throws NullPointerException if {@code f} is null
     */
    public static Runnable onceFunc(Runnable f) {
        Objects.requireNonNull(f, "f");
        Memo<Void> memo = new Memo<>(() -> {
            f.run();
            return null;
        });
        return memo::getUnchecked;
    }

    /**
     * A function that calls {@code f} only once and returns its value on every call (Go's
     * {@code sync.OnceValue}). If {@code f} throws, every call throws the same exception
     * object. {@code f} is not kept reachable after its call.
     *
     * @param <T> the value's type
     * @param f   the function to call once
     * @return the function that returns {@code f}'s value, calling {@code f} the first time
     * @throws NullPointerException if {@code f} is null
     */
    public static <T> Supplier<T> onceValue(Supplier<? extends T> f) {
        Objects.requireNonNull(f, "f");
        Memo<T> memo = new Memo<>(f::get);
        return memo::getUnchecked;
    }

    /**
     * A function that calls {@code f} only once and returns its result on every call: Go's
     * {@code sync.OnceValues}, whose two results are almost always a value and an error
     * ({@code OnceValues(func() (T, error))}). Here the error is the exception {@code f}
     * throws, checked or not: every call throws that same exception object, or returns the
     * same value. (For two values of other kinds, return a record from {@link #onceValue}.)
     * {@code f} is not kept reachable after its call.
     *
     * @param <T> the value's type
     * @param f   the function to call once
     * @return the function that returns {@code f}'s value or throws its exception, calling
     *         {@code f} the first time
     * @throws NullPointerException if {@code f} is null
     */
    public static <T> Callable<T> onceValues(Callable<? extends T> f) {
        Objects.requireNonNull(f, "f");
        Memo<T> memo = new Memo<>(f);
        return memo::get;
    }

    /**
     * The state behind the three factories (the closure Go's oncefunc.go builds): a Once, and
     * the one call's outcome. The outcome fields are written inside {@code once.run} and read
     * after it returned, which orders them (Once's done flag is volatile, its slow path a
     * Mutex).
     */
    private static final class Memo<T> {
        private final Once once = new Once();
        private Callable<? extends T> f; // the function; null once called (not kept alive)
        private boolean valid;           // f returned normally
        private T result;                // what it returned, when valid
        private Throwable failure;       // what it threw, when not valid (Goexit included)

        Memo(Callable<? extends T> f) {
            this.f = f;
        }

        T get() throws Exception {
            once.run(this::call); // the first call's exception propagates from here
            if (!valid) {
                throw Memo.<RuntimeException>sneaky(failure);
            }
            return result;
        }

        T getUnchecked() {
            try {
                return get();
            } catch (Exception e) {
                throw Memo.<RuntimeException>sneaky(e); // only a Callable made from a Supplier or Runnable: never checked
            }
        }

        private void call() {
            Callable<? extends T> fn = f;
            f = null;
            try {
                result = fn.call();
                valid = true;
            } catch (Throwable t) {
                failure = t;
                throw Memo.<RuntimeException>sneaky(t);
            }
        }

        /** Throws {@code t} as it is, checked or not: the same object reaches every caller. */
        @SuppressWarnings("unchecked")
        private static <X extends Throwable> X sneaky(Throwable t) throws X {
            throw (X) t;
        }
    }
}
