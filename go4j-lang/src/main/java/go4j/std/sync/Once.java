package go4j.std.sync;

import go4j.fn.F$$V;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code sync.Once}, a standard struct type (docs/compiler.md) on go4j-core's
 * {@link go4j.sync.Once}: the first Do calls its {@code func()} value, every Do returns only
 * after that call returned, and a call that panicked still counts as done.
 *
 * <p>Used through its pointer: in an interface it reads as {@code *sync.Once}, and equality
 * is identity. A copy ({@link #$copy}) is done exactly when the original is.
 *
 * <pre>{@code
 * Once once = new Once();
 * once.Do(f); // f is a compiled func() value: calls it
 * once.Do(f); // does nothing
 * }</pre>
 */
public final class Once implements GoValue {
    /** {@code *sync.Once}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "Once").setUnderlying(RType.struct(List.of())));

    private go4j.sync.Once once = new go4j.sync.Once();
    private volatile boolean done; // the function has run (returned or panicked)

    /** A Once that has run nothing, Go's zero value. */
    public Once() {
    }

    /** @return a Once that is done exactly when this one is */
    public Once $copy() {
        Once c = new Once();
        c.$set(this);
        return c;
    }

    /** @param other the Once whose state (done or not) this one takes */
    public void $set(Once other) {
        go4j.sync.Once fresh = new go4j.sync.Once();
        boolean d = other.done;
        if (d) {
            fresh.run(() -> { }); // a done Once: later Do calls do nothing
        }
        once = fresh;
        done = d;
    }

    /**
     * Calls f if no Do on this Once has called its function yet.
     *
     * @param f a {@code func()} value
     */
    public void Do(Object f) {
        once.run(() -> {
            try {
                ((F$$V) f).call();
            } finally {
                done = true;
            }
        });
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
