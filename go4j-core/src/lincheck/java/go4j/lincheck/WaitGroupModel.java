package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The specification of Go's sync.WaitGroup as go4j implements it: a counter that never goes
 * negative (a delta that would make it so panics and changes nothing) and the goroutines
 * waiting for it to reach zero, all released together when it does.
 */
public final class WaitGroupModel extends Model {
    static final String PANIC_NEGATIVE = "panic: sync: negative WaitGroup counter";

    private long counter;
    private final ArrayList<Integer> waiters = new ArrayList<>();

    @Override
    public List<Op> ops() {
        return WaitGroupLincheckTest.OPS;
    }

    @Override
    public Model copy() {
        WaitGroupModel m = new WaitGroupModel();
        m.counter = counter;
        m.waiters.addAll(waiters);
        copyOutcomesTo(m);
        return m;
    }

    @Override
    protected Object stateKey() {
        return List.of(counter, waiters);
    }

    @Override
    public List<Model> request(int t, String method, List<Object> args) {
        return next(m -> ((WaitGroupModel) m).apply(t, method, args));
    }

    private void apply(int t, String method, List<Object> args) {
        switch (method) {
            case "add" -> add(t, (Integer) args.get(0));
            case "addNegative" -> add(t, -(Integer) args.get(0));
            case "done" -> add(t, -1);
            case "await" -> {
                if (counter == 0) {
                    complete(t, "ok");
                } else {
                    waiters.add(t);
                }
            }
            default -> throw new IllegalArgumentException("unknown operation " + method);
        }
    }

    private void add(int t, int delta) {
        if (counter + delta < 0) {
            complete(t, PANIC_NEGATIVE);
            return;
        }
        counter += delta;
        if (counter == 0) {
            for (int w : waiters) {
                complete(w, "ok");
            }
            waiters.clear();
        }
        complete(t, "ok");
    }
}
