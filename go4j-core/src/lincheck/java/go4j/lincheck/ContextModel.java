package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The specification of cancel propagation in Go's context package, on a chain
 * {@code P -> C -> G} (each a {@code withCancel} of the one before, P of background) and any
 * number of late children of C made while cancels are under way.
 *
 * <p>A cancel of a node that is not yet canceled sets its err and cause at its request; its
 * descendants follow one by one as internal steps (Go cancels them one after another, so an
 * observer may see P canceled and C not yet), each with the same err and cause unless it was
 * canceled first on its own; the cancel's follow-up comes after the last of them (every
 * descendant is canceled before {@code cancel()} returns). A child made under a canceled
 * parent is born canceled with the parent's err and cause. Canceling twice does nothing.
 */
public final class ContextModel extends Model {
    static final String CANCELED = "context canceled";

    /** A descendant still to be canceled by thread {@code by}'s cancel. */
    record Pending(int node, String cause, int by) {
    }

    private final ArrayList<Integer> parent = new ArrayList<>(List.of(-1, 0, 1)); // P, C, G
    private final ArrayList<String> cause = new ArrayList<>(java.util.Arrays.asList(null, null, null));
    private final ArrayList<Boolean> registered = new ArrayList<>(List.of(true, true, true)); // in its parent's children list
    private final ArrayList<Pending> pending = new ArrayList<>();

    @Override
    public List<Op> ops() {
        return ContextLincheckTest.OPS;
    }

    @Override
    public Model copy() {
        ContextModel m = new ContextModel();
        m.parent.clear();
        m.parent.addAll(parent);
        m.cause.clear();
        m.cause.addAll(cause);
        m.registered.clear();
        m.registered.addAll(registered);
        m.pending.addAll(pending);
        copyOutcomesTo(m);
        return m;
    }

    @Override
    protected Object stateKey() {
        return List.of(parent, new ArrayList<>(cause), registered, pending);
    }

    static String state(String cause) {
        return cause == null ? "live" : CANCELED + "/" + cause;
    }

    @Override
    public List<Model> request(int t, String method, List<Object> args) {
        return next(m -> ((ContextModel) m).apply(t, method, args));
    }

    private void apply(int t, String method, List<Object> args) {
        switch (method) {
            case "cancelP" -> cancel(t, 0, "cause " + args.get(0));
            case "cancelC" -> cancel(t, 1, CANCELED);
            case "cancelG" -> cancel(t, 2, CANCELED);
            case "stateP" -> complete(t, state(cause.get(0)));
            case "stateC" -> complete(t, state(cause.get(1)));
            case "stateG" -> complete(t, state(cause.get(2)));
            case "doneG" -> complete(t, cause.get(2) == null ? "open" : "closed");
            case "newLate" -> {
                String c = cause.get(1);
                parent.add(1);
                cause.add(c);          // born canceled under a canceled parent
                registered.add(c == null);
                complete(t, "ok");
            }
            case "stateLate" -> {
                List<String> states = new ArrayList<>();
                for (int n = 3; n < cause.size(); n++) {
                    states.add(state(cause.get(n)));
                }
                states.sort(null);
                complete(t, states.toString());
            }
            default -> throw new IllegalArgumentException("unknown operation " + method);
        }
    }

    private void cancel(int t, int node, String c) {
        if (cause.get(node) != null) {
            complete(t, "ok"); // already canceled: nothing happens
            return;
        }
        cancelOne(node, c, t);
        finishIfDone(t);
    }

    /** Cancels one node and queues its registered children. */
    private void cancelOne(int node, String c, int by) {
        cause.set(node, c);
        for (int k = 0; k < parent.size(); k++) {
            if (parent.get(k) == node && registered.get(k)) {
                registered.set(k, false);
                pending.add(new Pending(k, c, by));
            }
        }
    }

    private void finishIfDone(int by) {
        for (Pending p : pending) {
            if (p.by == by) {
                return;
            }
        }
        complete(by, "ok");
    }

    @Override
    public List<Model> internalSteps() {
        List<Model> next = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            ContextModel m = (ContextModel) copy();
            Pending p = m.pending.remove(i);
            if (m.cause.get(p.node) == null) {
                m.cancelOne(p.node, p.cause, p.by);
            }
            m.finishIfDone(p.by);
            next.add(m);
        }
        return next;
    }

    @Override
    public String toString() {
        return "ContextModel" + Objects.toString(stateKey());
    }
}
