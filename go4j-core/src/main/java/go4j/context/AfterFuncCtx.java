package go4j.context;

import go4j.internal.runtime.G;
import go4j.internal.runtime.Goroutines;
import go4j.internal.runtime.Program;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.BooleanSupplier;

/**
 * Go's {@code afterFuncCtx}: a {@link CancelCtx} child of the watched context whose
 * cancellation starts {@code f} in a goroutine, unless the stop function got there first.
 */
final class AfterFuncCtx extends CancelCtx {
    /*
     * Invariant: once goes 0 -> 1 exactly once (Go's sync.Once, whose bodies here are trivial,
     * so a CAS is the same thing): by the first cancel, which then starts f, or by stop, which
     * then cancels this context (removing it from its parent) and returns true. f therefore
     * starts at most once, and never after stop returned true.
     */

    private static final VarHandle ONCE;

    static {
        try {
            ONCE = MethodHandles.lookup().findVarHandle(AfterFuncCtx.class, "once", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Runnable f;
    /** The program of the goroutine that called afterFunc: f runs as one of its goroutines. */
    private final Program program;
    @SuppressWarnings("unused") // through ONCE: 0, then 1 when f started or was stopped
    private volatile int once;

    AfterFuncCtx(Context watched, Runnable f) {
        super(watched);
        this.f = f;
        G creator = G.current();
        this.program = creator == null ? null : creator.program();
    }

    private boolean claim() {
        return ONCE.compareAndSet(this, 0, 1);
    }

    @Override
    void onCancel() {
        if (claim()) {
            // Possibly on the timer thread or another program's goroutine: f belongs to the
            // caller of afterFunc, as in Go, so deadlock detection counts it there.
            Goroutines.go(f, program);
        }
    }

    /** Go's stop function. */
    BooleanSupplier stopFunction() {
        return () -> {
            if (!claim()) {
                return false;
            }
            cancel(true, CANCELED, null);
            return true;
        };
    }
}
