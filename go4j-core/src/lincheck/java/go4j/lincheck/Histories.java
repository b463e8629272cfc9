package go4j.lincheck;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the orders in which the events of a scenario can happen in a {@link Model}: used both to
 * check a recorded history (is there an order that explains every result?) and to check that a
 * scenario cannot hang (does every order finish?).
 *
 * <p>Threads {@code 0..n-1} are the parallel part; thread {@code n} is the initial part, which
 * runs alone before them, and thread {@code n+1} the post part, which runs alone after them.
 * A thread's position is {@code 2 * actor + phase}: phase 0 means the actor's request is next,
 * phase 1 its follow-up.
 */
final class Histories {
    /** One operation of a scenario: a method of the test class and its arguments. */
    record Call(String method, List<Object> args) {
        @Override
        public String toString() {
            return method + args.toString().replace('[', '(').replace(']', ')');
        }
    }

    private record Key(Model model, int[] pos) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.pos, pos) && k.model.equals(model);
        }

        @Override
        public int hashCode() {
            return 31 * model.hashCode() + Arrays.hashCode(pos);
        }
    }

    private final List<List<Call>> threads; // n parallel threads, then init, then post
    private final int n;
    private final String[][] results;       // expected result of each actor; null: hang check
    private final int[][][] clocks;          // clocks[t][i][u]: actors of u done when (t,i) started
    private final Set<Key> visited = new HashSet<>();
    private final int maxStates;

    private Histories(List<List<Call>> threads, String[][] results, int[][][] clocks, int maxStates) {
        this.threads = threads;
        this.n = threads.size() - 2;
        this.results = results;
        this.clocks = clocks;
        this.maxStates = maxStates;
    }

    /**
     * True if some order of events explains every result, respecting each thread's program
     * order and the real-time order recorded in {@code clocks} (may be null).
     */
    static boolean explains(Model initial, List<List<Call>> threads, String[][] results, int[][][] clocks) {
        return new Histories(threads, results, clocks, Integer.MAX_VALUE).explain(initial, new int[threads.size()]);
    }

    /**
     * True if every order of events finishes: no reachable state leaves a thread waiting
     * forever. False also when the scenario has more than {@code maxStates} states.
     */
    static boolean cannotHang(Model initial, List<List<Call>> threads, int maxStates) {
        return new Histories(threads, null, null, maxStates).finishes(initial, new int[threads.size()]);
    }

    private boolean done(int t, int[] pos) {
        return pos[t] == 2 * threads.get(t).size();
    }

    /** Whether thread t may take its next event now (ignoring the model). */
    private boolean mayRun(int t, int[] pos) {
        if (done(t, pos)) {
            return false;
        }
        int init = n, post = n + 1;
        if (t == init) {
            return true;
        }
        if (!done(init, pos)) {
            return false;
        }
        if (t == post) {
            for (int u = 0; u < n; u++) {
                if (!done(u, pos)) {
                    return false;
                }
            }
            return true;
        }
        if (clocks != null && pos[t] % 2 == 0) {
            int[] clock = clocks[t][pos[t] / 2];
            for (int u = 0; u < n; u++) {
                if (u != t && pos[u] / 2 < clock[u]) {
                    return false; // an actor of u finished before this one started
                }
            }
        }
        return true;
    }

    private boolean allDone(int[] pos) {
        for (int t = 0; t < pos.length; t++) {
            if (!done(t, pos)) {
                return false;
            }
        }
        return true;
    }

    /** Depth-first search for an order that explains the results. */
    private boolean explain(Model m, int[] pos) {
        if (allDone(pos)) {
            return true;
        }
        if (!visited.add(new Key(m, pos.clone()))) {
            return false;
        }
        for (Model next : m.internalSteps()) {
            if (explain(next, pos)) {
                return true;
            }
        }
        for (int t = 0; t < pos.length; t++) {
            if (!mayRun(t, pos)) {
                continue;
            }
            int actor = pos[t] / 2;
            if (pos[t] % 2 == 0) {
                Call c = threads.get(t).get(actor);
                for (Model next : m.request(t, c.method(), c.args())) {
                    pos[t]++;
                    boolean ok = explain(next, pos);
                    pos[t]--;
                    if (ok) {
                        return true;
                    }
                }
            } else {
                String out = m.outcome(t);
                if (out != null && out.equals(results[t][actor])) {
                    Model next = m.copy();
                    next.followUp(t);
                    pos[t]++;
                    boolean ok = explain(next, pos);
                    pos[t]--;
                    if (ok) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Depth-first search of every reachable state: false if one is stuck. */
    private boolean finishes(Model m, int[] pos) {
        if (allDone(pos)) {
            return true;
        }
        if (!visited.add(new Key(m, pos.clone()))) {
            return true;
        }
        if (visited.size() > maxStates) {
            return false;
        }
        boolean moved = false;
        for (Model next : m.internalSteps()) {
            moved = true;
            if (!finishes(next, pos)) {
                return false;
            }
        }
        for (int t = 0; t < pos.length; t++) {
            if (!mayRun(t, pos)) {
                continue;
            }
            if (pos[t] % 2 == 0) {
                Call c = threads.get(t).get(pos[t] / 2);
                for (Model next : m.request(t, c.method(), c.args())) {
                    moved = true;
                    pos[t]++;
                    boolean ok = finishes(next, pos);
                    pos[t]--;
                    if (!ok) {
                        return false;
                    }
                }
            } else if (m.outcome(t) != null) {
                moved = true;
                Model next = m.copy();
                next.followUp(t);
                pos[t]++;
                boolean ok = finishes(next, pos);
                pos[t]--;
                if (!ok) {
                    return false;
                }
            }
        }
        return moved;
    }
}
