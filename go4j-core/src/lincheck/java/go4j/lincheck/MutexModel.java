package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The specification of go4j's sync.Mutex: not owned by a goroutine (anyone may unlock it), not
 * reentrant; an unlock with waiters hands the mutex to the longest-waiting one, so a parked
 * locker is never overtaken; unlocking an unlocked mutex panics and changes nothing.
 */
public final class MutexModel extends Model {
    static final String PANIC_UNLOCK = "panic: sync: unlock of unlocked mutex";

    private boolean locked;
    private final ArrayList<Integer> waiters = new ArrayList<>();

    @Override
    public List<Op> ops() {
        return MutexLincheckTest.OPS;
    }

    @Override
    public Model copy() {
        MutexModel m = new MutexModel();
        m.locked = locked;
        m.waiters.addAll(waiters);
        copyOutcomesTo(m);
        return m;
    }

    @Override
    protected Object stateKey() {
        return List.of(locked, waiters);
    }

    @Override
    public List<Model> request(int t, String method, List<Object> args) {
        return next(m -> ((MutexModel) m).apply(t, method));
    }

    private void apply(int t, String method) {
        switch (method) {
            case "lock" -> {
                if (!locked) {
                    locked = true;
                    complete(t, "ok");
                } else {
                    waiters.add(t);
                }
            }
            case "tryLock" -> {
                complete(t, String.valueOf(!locked));
                locked = true;
            }
            case "unlock" -> {
                if (!locked) {
                    complete(t, PANIC_UNLOCK);
                } else if (waiters.isEmpty()) {
                    locked = false;
                    complete(t, "ok");
                } else {
                    complete(waiters.remove(0), "ok"); // handed over: stays locked
                    complete(t, "ok");
                }
            }
            default -> throw new IllegalArgumentException("unknown operation " + method);
        }
    }
}
