package go4j.lincheck;

import go4j.sync.Mutex;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Model checks {@link Mutex} against {@link MutexModel}: lock (blocking), tryLock, and unlock,
 * including unlock of an unlocked mutex (a panic that must leave the mutex as it was). Left
 * out: {@code toString}, diagnostics only.
 */
@Tag("lincheck")
public class MutexLincheckTest implements Modeled {
    static final List<Model.Op> OPS = List.of(
            Model.Op.of("lock", 3),
            Model.Op.of("tryLock", 2),
            Model.Op.of("unlock", 4));

    private final Mutex mu = new Mutex();

    @Override
    public Model model() {
        return new MutexModel();
    }

    @Operation
    public String lock() {
        return ChanLincheckTest.ok(mu::lock);
    }

    @Operation
    public String tryLock() {
        return ChanLincheckTest.result(mu::tryLock);
    }

    @Operation
    public String unlock() {
        return ChanLincheckTest.ok(mu::unlock);
    }

    @Test
    void modelChecking() {
        LincheckOptions.modelChecking(15, 3, 2)
                // Found by this test: an unlock that saw the mutex unlocked, then locked by a
                // tryLock, cleared it blindly after the tryLock's own unlock: both unlocks
                // succeeded (and a third locker could lose mutual exclusion).
                .addCustomScenario(Scenarios.scenario(getClass(), List.of(),
                        List.of(List.of("tryLock", "unlock"), List.of("unlock")), List.of("tryLock")))
                .check(getClass());
    }

    @Test
    void stress() {
        LincheckOptions.stress(10, 3, 2).check(getClass());
    }
}
