package go4j.std.sync;

import go4j.Panic;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code sync.WaitGroup}, a standard struct type (docs/compiler.md) on go4j-core's
 * {@link go4j.sync.WaitGroup}: a goroutine in Wait parks and the deadlock detector sees it.
 * A counter going negative panics with Go's value, the string
 * {@code sync: negative WaitGroup counter}, which {@code recover} returns as Go's does.
 *
 * <p>Used through its pointer: in an interface it reads as {@code *sync.WaitGroup}, and
 * equality is identity. A copy ({@link #$copy}) starts at zero: go4j-core does not expose the
 * counter, and copying a WaitGroup in use is a bug {@code go vet} reports.
 *
 * <pre>{@code
 * WaitGroup wg = new WaitGroup();
 * wg.Add(1);
 * wg.Done();
 * wg.Wait();
 * }</pre>
 */
public final class WaitGroup implements GoValue {
    /** {@code *sync.WaitGroup}. */
    public static final RType TYPE = RType.pointer(RType.named("sync", "WaitGroup").setUnderlying(RType.struct(List.of())));

    private static final String NEGATIVE = "sync: negative WaitGroup counter";

    private go4j.sync.WaitGroup wg = new go4j.sync.WaitGroup();

    /** A WaitGroup whose counter is zero, Go's zero value. */
    public WaitGroup() {
    }

    /** @return a new WaitGroup at zero */
    public WaitGroup $copy() {
        return new WaitGroup();
    }

    /** @param other ignored: this WaitGroup starts again at zero */
    public void $set(WaitGroup other) {
        wg = new go4j.sync.WaitGroup();
    }

    /**
     * Adds delta to the counter, releasing the waiters when it reaches zero.
     *
     * @throws GoPanic {@code sync: negative WaitGroup counter}, the counter unchanged
     */
    public void Add(long delta) {
        if (delta != (int) delta) {
            // past Go's int32 counter either way: Go's counter wraps negative
            throw new GoPanic(NEGATIVE);
        }
        try {
            wg.add((int) delta);
        } catch (Panic p) {
            if (NEGATIVE.equals(p.getMessage())) {
                throw new GoPanic(NEGATIVE); // Go's panic value is this string
            }
            throw p;
        }
    }

    /** Decrements the counter. */
    public void Done() {
        Add(-1);
    }

    /** Parks until the counter is zero. */
    public void Wait() {
        wg.await();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
