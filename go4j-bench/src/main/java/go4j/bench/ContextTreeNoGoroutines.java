import go4j.context.Cancelable;
import go4j.context.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Build a tree of N withCancel contexts (fanout 4, each asked for done()) and cancel it; no goroutines. */
public final class ContextTreeNoGoroutines {
    public static void main(String[] args) {
        int n = 100_000, fanout = 4, warm = 5, rounds = 10;
        double[] builds = new double[rounds], cancels = new double[rounds];
        for (int r = 0; r < warm + rounds; r++) {
            long t0 = System.nanoTime();
            Cancelable root = Context.withCancel(Context.background());
            List<Context> ctxs = new ArrayList<>(n);
            ctxs.add(root.context());
            for (int i = 0; ctxs.size() < n; i++) {
                for (int j = 0; j < fanout && ctxs.size() < n; j++) {
                    Context c = Context.withCancel(ctxs.get(i)).context();
                    c.done();
                    ctxs.add(c);
                }
            }
            long t1 = System.nanoTime();
            root.cancel();
            long t2 = System.nanoTime();
            if (r >= warm) {
                builds[r - warm] = (double) (t1 - t0) / n;
                cancels[r - warm] = (double) (t2 - t1) / n;
            }
        }
        Arrays.sort(builds);
        Arrays.sort(cancels);
        System.out.printf("go4j median ns/context: build %.0f, cancel %.0f%n", builds[rounds / 2], cancels[rounds / 2]);
    }
}
