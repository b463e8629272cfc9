package go4j.bench;

import go4j.Chan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * The context workloads, as {@code go/workloads.go} writes them with Go's context package.
 * jox and java.util.concurrent have no counterpart: those rows have Go and go4j only.
 */
public final class CtxWork {
    private CtxWork() {
    }

    /**
     * n cancelable contexts, node i the child of node (i - 1) / fanout, each asked for its
     * {@code done()} channel (so cancelling the root closes n channels, as in Go once Done was
     * called). Index 0 is the root.
     */
    public static Cancelable[] tree(int n, int fanout) {
        Cancelable[] nodes = new Cancelable[n];
        nodes[0] = Context.withCancel(Context.background());
        nodes[0].context().done();
        for (int i = 1; i < n; i++) {
            nodes[i] = Context.withCancel(nodes[(i - 1) / fanout].context());
            nodes[i].context().done();
        }
        return nodes;
    }

    /** Cancels the root of a {@link #tree}; returns 1 if the last node saw it. */
    public static long cancel(Cancelable[] tree) {
        tree[0].cancel();
        return tree[tree.length - 1].context().err() != null ? 1 : 0;
    }

    /** depth nested withValue contexts over background(); key 0 is at the far end. */
    public static Context chain(int depth) {
        Context ctx = Context.background();
        for (int i = 0; i < depth; i++) {
            ctx = Context.withValue(ctx, i, i);
        }
        return ctx;
    }

    /** n lookups of {@code key} in {@code ctx}; returns how many found it. */
    public static long lookups(Context ctx, Object key, int n) {
        long found = 0;
        for (int i = 0; i < n; i++) {
            if (ctx.value(key) != null) {
                found++;
            }
        }
        return found;
    }

    /** Goroutines, each in a select on its own leaf context's done() and a shared jobs channel. */
    public static final class Selecting {
        final Cancelable root = Context.withCancel(Context.background());
        final WaitGroup ended = new WaitGroup();
    }

    /**
     * Starts n goroutines, each selecting on the done() of its own child of one root and on a
     * jobs channel nobody sends on; waits until all have started (they park right after).
     */
    public static Selecting selectOnLeaves(int n) {
        Selecting s = new Selecting();
        Chan<Integer> jobs = new Chan<>();
        WaitGroup started = new WaitGroup();
        started.add(n);
        s.ended.add(n);
        for (int i = 0; i < n; i++) {
            Cancelable leaf = Context.withCancel(s.root.context());
            go(() -> {
                started.done();
                select(leaf.context().done().onRecv(), jobs.onRecv());
                s.ended.done();
            });
        }
        started.await();
        return s;
    }

    /** Cancels the root and waits until every goroutine has returned; returns how many. */
    public static long cancelAll(Selecting s, int n) {
        s.root.cancel();
        s.ended.await();
        return n;
    }
}
