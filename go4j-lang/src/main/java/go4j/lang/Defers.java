package go4j.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * One function call's deferred calls and its panic, as Go's {@code _defer} records and
 * {@code _panic} chain serve {@code deferreturn} and {@code gopanic}.
 *
 * <p>The generated code of a function with {@code defer} creates one, registers each
 * deferred call with {@link #defer}, hands a panic of its body to {@link #panicked}, and at
 * its end calls {@link #run}: the deferred calls run last-in first-out; while they run, the
 * panic is recoverable by {@code recover()} ({@link Rt#recover}); if it is still there
 * afterwards, {@code run} throws it on. A panic in a deferred call replaces the one in flight,
 * or the one that call recovered, and carries it as history ({@link GoPanic#following}), so
 * that the report lists both as Go's {@code printpanics} does:
 * {@code panic: first [recovered]}, then a tab and {@code panic: second}.
 *
 * <p>Invariant: used by one goroutine only, the one running the function.
 */
public final class Defers {
    private final List<Runnable> calls = new ArrayList<>(2);
    Throwable panic;
    /** While this record runs its calls: the record whose calls were running before (the caller's). */
    Defers outer;
    /** The panic the running deferred call recovered: Go keeps it on the chain until that call returns. */
    private Throwable recoveredNow;

    /** An empty record. */
    public Defers() {
    }

    /** @param call a deferred call, its operands evaluated already */
    public void defer(Runnable call) {
        calls.add(call);
    }

    /** @param t what the function's body threw */
    public void panicked(Throwable t) {
        this.panic = t;
    }

    /** Runs the deferred calls, then rethrows the panic if none recovered it. */
    public void run() {
        while (!calls.isEmpty()) {
            Runnable c = calls.remove(calls.size() - 1);
            Defers outer = Rt.PANICKING.get();
            this.outer = outer;
            Rt.PANICKING.set(this);
            try {
                c.run();
            } catch (Throwable t) {
                if (Rt.isGoexit(t)) {
                    Rt.PANICKING.set(outer);
                    panic = t;
                    continue;
                }
                Throwable earlier = panic != null ? panic : recoveredNow;
                panic = earlier == null || Rt.isGoexit(earlier) || !(t instanceof RuntimeException)
                        ? t
                        : GoPanic.following(earlier, panic == null, t);
            } finally {
                recoveredNow = null;
                if (Rt.PANICKING.get() == this) {
                    Rt.PANICKING.set(outer);
                }
            }
        }
        Throwable p = panic;
        if (p != null) {
            panic = null;
            Rt.sneakyThrow(p);
        }
    }

    /** recover(): the panic in flight, cleared; null if none. */
    Object recover() {
        Throwable p = panic;
        if (p == null || Rt.isGoexit(p)) {
            return null;
        }
        panic = null;
        recoveredNow = p;
        return Rt.panicValue(p);
    }
}
