package go4j.bench;

import go4j.context.Cancelable;
import go4j.context.Context;

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
}
