package go4j.lincheck;

import go4j.sync.WaitGroup;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Model checks {@link WaitGroup} against {@link WaitGroupModel}: add (also negative deltas
 * that panic), done, and await, which blocks until the counter is zero. Nothing is left out:
 * {@code toString} is diagnostics only.
 */
@Tag("lincheck")
public class WaitGroupLincheckTest implements Modeled {
    static final List<Model.Op> OPS = List.of(
            Model.Op.withValue("add", 2),
            Model.Op.withValue("addNegative", 1),
            Model.Op.of("done", 3),
            Model.Op.of("await", 3));

    private final WaitGroup wg = new WaitGroup();

    @Override
    public Model model() {
        return new WaitGroupModel();
    }

    @Operation
    public String add(int delta) {
        return ChanLincheckTest.ok(() -> wg.add(delta));
    }

    @Operation
    public String addNegative(int delta) {
        return ChanLincheckTest.ok(() -> wg.add(-delta));
    }

    @Operation
    public String done() {
        return ChanLincheckTest.ok(wg::done);
    }

    @Operation
    public String await() {
        return ChanLincheckTest.ok(wg::await);
    }

    @Test
    void modelChecking() {
        LincheckOptions.modelChecking(10, 3, 2).check(getClass());
    }

    @Test
    void stress() {
        LincheckOptions.stress(10, 3, 2).check(getClass());
    }
}
