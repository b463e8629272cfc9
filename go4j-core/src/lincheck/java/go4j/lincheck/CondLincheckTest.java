package go4j.lincheck;

import go4j.sync.Cond;
import go4j.sync.Mutex;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Model checks {@link Cond} against {@link CondModel}, through the pattern Go code uses it in:
 * a token counter under a {@link Mutex}; {@code take} waits on the Cond in a loop while no
 * token is there and returns how often it waited; putters add a token and signal or
 * broadcast, under the lock or after unlocking it; bare {@code signal} and {@code broadcast}
 * wake waiters without adding a token (the woken ones wait again).
 *
 * <p>A lost wake-up leaves a take parked with a token available: the scenarios are hang-free
 * in the model, so Lincheck reports it as a hang. A spurious or misdirected wake-up changes a
 * take's wait count. Left out: {@code await} without the lock (a panic, covered by CondTest),
 * interrupts (Lincheck does not model them; CondTest and the stress test cover them),
 * {@code locker()} and {@code toString()}.
 */
@Tag("lincheck")
public class CondLincheckTest implements Modeled {
    static final List<Model.Op> OPS = List.of(
            Model.Op.of("take", 4),
            Model.Op.of("putSignal", 2),
            Model.Op.of("putBroadcast", 1),
            Model.Op.of("putSignalUnlocked", 2),
            Model.Op.of("signal", 1),
            Model.Op.of("broadcast", 1));

    private final Mutex mu = new Mutex();
    private final Cond c = new Cond(mu);
    private int tokens; // guarded by mu

    @Override
    public Model model() {
        return new CondModel();
    }

    @Operation
    public String take() {
        mu.lock();
        int waits = 0;
        while (tokens == 0) {
            c.await();
            waits++;
        }
        tokens--;
        mu.unlock();
        return "waits=" + waits;
    }

    @Operation
    public String putSignal() {
        mu.lock();
        tokens++;
        c.signal();
        mu.unlock();
        return "ok";
    }

    @Operation
    public String putBroadcast() {
        mu.lock();
        tokens++;
        c.broadcast();
        mu.unlock();
        return "ok";
    }

    @Operation
    public String putSignalUnlocked() {
        mu.lock();
        tokens++;
        mu.unlock();
        c.signal(); // Go allows signaling without holding the lock
        return "ok";
    }

    @Operation
    public String signal() {
        c.signal();
        return "ok";
    }

    @Operation
    public String broadcast() {
        c.broadcast();
        return "ok";
    }

    @Test
    void modelChecking() {
        LincheckOptions.modelChecking(12, 3, 2).check(getClass());
    }

    @Test
    void stress() {
        LincheckOptions.stress(10, 3, 2).check(getClass());
    }
}
