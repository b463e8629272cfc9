package go4j.lincheck;

import go4j.context.Cancelable;
import go4j.context.Context;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Model checks cancel propagation in {@code go4j.context} against {@link ContextModel}, on
 * a chain P -> C -> G of {@code withCancel} contexts: cancels at every level (P's with a
 * cause), err and cause observed at every level, G's done channel, and new children of C made
 * while cancels run (Go's propagateCancel racing cancel: a late child must end up canceled).
 *
 * <p>Left out, and why: deadlines and timeouts (they fire at a time, which model checking does
 * not model; the unit tests cover them), values (immutable, no concurrency), afterFunc and
 * user-written parents (they start goroutines, which Lincheck's threads do not drive).
 */
@Tag("lincheck")
public class ContextLincheckTest implements Modeled {
    static final List<Model.Op> OPS = List.of(
            Model.Op.withValue("cancelP", 2),
            Model.Op.of("cancelC", 1),
            Model.Op.of("cancelG", 1),
            Model.Op.of("stateP", 1),
            Model.Op.of("stateC", 2),
            Model.Op.of("stateG", 2),
            Model.Op.of("doneG", 1),
            Model.Op.of("newLate", 2),
            Model.Op.of("stateLate", 2));

    private final Cancelable p = Context.withCancel(Context.background());
    private final Cancelable c = Context.withCancel(p.context());
    private final Cancelable g = Context.withCancel(c.context());
    private final ConcurrentLinkedQueue<Cancelable> late = new ConcurrentLinkedQueue<>();

    @Override
    public Model model() {
        return new ContextModel();
    }

    static String state(Context ctx) {
        RuntimeException err = ctx.err();
        return err == null ? "live" : err.getMessage() + "/" + Context.cause(ctx).getMessage();
    }

    @Operation
    public String cancelP(int cause) {
        p.cancel(new RuntimeException("cause " + cause));
        return "ok";
    }

    @Operation
    public String cancelC() {
        c.cancel();
        return "ok";
    }

    @Operation
    public String cancelG() {
        g.cancel();
        return "ok";
    }

    @Operation
    public String stateP() {
        return state(p.context());
    }

    @Operation
    public String stateC() {
        return state(c.context());
    }

    @Operation
    public String stateG() {
        return state(g.context());
    }

    @Operation
    public String doneG() {
        return g.context().done().tryRecv() == null ? "open" : "closed";
    }

    @Operation
    public String newLate() {
        late.add(Context.withCancel(c.context()));
        return "ok";
    }

    @Operation
    public String stateLate() {
        List<String> states = new ArrayList<>();
        for (Cancelable l : late) {
            states.add(state(l.context()));
        }
        states.sort(null);
        return states.toString();
    }

    @Test
    void modelChecking() {
        LincheckOptions.modelChecking(8, 2, 3).check(getClass());
    }

    @Test
    void stress() {
        LincheckOptions.stress(5, 2, 3).check(getClass());
    }
}
