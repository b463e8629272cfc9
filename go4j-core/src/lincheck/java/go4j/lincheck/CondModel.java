package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The specification of go4j's sync.Cond, exercised the way Go code uses a Cond: a counter of
 * tokens guarded by a Mutex, takers that wait on the Cond while it is zero, and putters that add
 * a token and signal or broadcast (under the lock, or after unlocking it), next to bare signals
 * and broadcasts that add nothing.
 *
 * <p>Go's rules, as the model states them: a wait queues the goroutine before it unlocks the
 * Mutex (so a signal after the unlock finds it); signal wakes the longest waiter, broadcast all;
 * a woken goroutine locks the Mutex again like any other locker (it joins the Mutex's FIFO
 * queue if the Mutex is held, no priority); there are no spurious wake-ups. A take returns how
 * many times it waited, so an extra, a lost or a misdirected wake-up changes a result or hangs.
 *
 * <p>Each thread in an operation has a state. Work that happens after the request, at a time
 * the model does not fix, is an internal step: a lock holder running its critical section, a
 * woken waiter trying the lock, a putter's signal after its unlock.
 */
public final class CondModel extends Model {
    /** Where a thread inside take or put is. */
    enum State {
        LOCK_WAIT,      // queued on the Mutex; an unlock hands it the Mutex (-> OWNER)
        OWNER,          // holds the Mutex; its critical section is the next internal step
        COND_WAIT,      // queued on the Cond; a signal or broadcast makes it WOKEN
        WOKEN,          // woken, not yet locking; its lock attempt is an internal step
        SIGNAL_PENDING  // putSignalUnlocked: unlocked, its signal is an internal step
    }

    private int tokens;
    private boolean locked;
    private final ArrayList<Integer> mutexQ = new ArrayList<>(); // LOCK_WAIT threads, FIFO
    private final ArrayList<Integer> condQ = new ArrayList<>();  // COND_WAIT threads, FIFO
    private final TreeMap<Integer, String> op = new TreeMap<>(); // the operation each busy thread runs
    private final TreeMap<Integer, State> state = new TreeMap<>();
    private final TreeMap<Integer, Integer> waits = new TreeMap<>(); // takes: waits so far

    @Override
    public List<Op> ops() {
        return CondLincheckTest.OPS;
    }

    @Override
    public Model copy() {
        CondModel m = new CondModel();
        m.tokens = tokens;
        m.locked = locked;
        m.mutexQ.addAll(mutexQ);
        m.condQ.addAll(condQ);
        m.op.putAll(op);
        m.state.putAll(state);
        m.waits.putAll(waits);
        copyOutcomesTo(m);
        return m;
    }

    @Override
    protected Object stateKey() {
        return List.of(tokens, locked, mutexQ, condQ, op, state, waits);
    }

    @Override
    public List<Model> request(int t, String method, List<Object> args) {
        return next(m -> ((CondModel) m).start(t, method));
    }

    private void start(int t, String method) {
        switch (method) {
            case "signal" -> {
                signalOne();
                complete(t, "ok");
            }
            case "broadcast" -> {
                signalAll();
                complete(t, "ok");
            }
            case "take", "putSignal", "putBroadcast", "putSignalUnlocked" -> {
                op.put(t, method);
                if (method.equals("take")) {
                    waits.put(t, 0);
                }
                lock(t);
            }
            default -> throw new IllegalArgumentException("unknown operation " + method);
        }
    }

    @Override
    public List<Model> internalSteps() {
        List<Model> next = new ArrayList<>();
        for (var e : state.entrySet()) {
            int t = e.getKey();
            switch (e.getValue()) {
                case OWNER -> next.add(step(m -> m.criticalSection(t)));
                case WOKEN -> next.add(step(m -> m.lock(t)));
                case SIGNAL_PENDING -> next.add(step(m -> {
                    m.signalOne();
                    m.finish(t, "ok");
                }));
                default -> {
                    // LOCK_WAIT, COND_WAIT: only another thread moves it
                }
            }
        }
        return next;
    }

    private Model step(java.util.function.Consumer<CondModel> change) {
        CondModel m = (CondModel) copy();
        change.accept(m);
        return m;
    }

    private void criticalSection(int t) {
        switch (op.get(t)) {
            case "take" -> {
                if (tokens > 0) {
                    tokens--;
                    unlock();
                    finish(t, "waits=" + waits.get(t));
                } else {
                    condQ.add(t);          // queued before the unlock (Go's notifyListAdd)
                    state.put(t, State.COND_WAIT);
                    waits.merge(t, 1, Integer::sum);
                    unlock();
                }
            }
            case "putSignal" -> {
                tokens++;
                signalOne();
                unlock();
                finish(t, "ok");
            }
            case "putBroadcast" -> {
                tokens++;
                signalAll();
                unlock();
                finish(t, "ok");
            }
            case "putSignalUnlocked" -> {
                tokens++;
                unlock();
                state.put(t, State.SIGNAL_PENDING);
            }
            default -> throw new IllegalStateException(op.get(t));
        }
    }

    private void lock(int t) {
        if (!locked) {
            locked = true;
            state.put(t, State.OWNER);
        } else {
            mutexQ.add(t);
            state.put(t, State.LOCK_WAIT);
        }
    }

    /** go4j's Mutex hands itself to the longest-queued locker. */
    private void unlock() {
        if (mutexQ.isEmpty()) {
            locked = false;
        } else {
            state.put(mutexQ.remove(0), State.OWNER);
        }
    }

    private void signalOne() {
        if (!condQ.isEmpty()) {
            state.put(condQ.remove(0), State.WOKEN);
        }
    }

    private void signalAll() {
        for (int w : condQ) {
            state.put(w, State.WOKEN);
        }
        condQ.clear();
    }

    private void finish(int t, String result) {
        op.remove(t);
        state.remove(t);
        waits.remove(t);
        complete(t, result);
    }
}
