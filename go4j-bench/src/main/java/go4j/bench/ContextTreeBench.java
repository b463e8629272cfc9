import static go4j.Go.go;
import static go4j.Go.select;

import go4j.Chan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cancel a tree of N contexts, each watched by a goroutine blocked in select on ctx.done().
 * The same program as go4j-bench/go/ctxtree/main.go: the tree is built breadth-first with fanout 4 under one
 * withCancel root; measured from the root's cancel() until every watcher has returned from
 * its select (a WaitGroup). One line per round; rounds after the warm-up are measured; the
 * last line is the median.
 */
public final class ContextTreeBench {
    static double[] round(int n, int fanout) throws InterruptedException {
        long t0 = System.nanoTime();
        Cancelable root = Context.withCancel(Context.background());
        List<Context> ctxs = new ArrayList<>(n);
        ctxs.add(root.context());
        for (int i = 0; ctxs.size() < n; i++) {
            for (int j = 0; j < fanout && ctxs.size() < n; j++) {
                ctxs.add(Context.withCancel(ctxs.get(i)).context());
            }
        }
        Chan<Void> never = new Chan<>();
        WaitGroup started = new WaitGroup(), finished = new WaitGroup();
        started.add(n);
        finished.add(n);
        for (Context c : ctxs) {
            go(() -> {
                started.done();
                select(c.done().onRecv(), never.onRecv());
                finished.done();
            });
        }
        started.await();
        long build = System.nanoTime() - t0;
        Thread.sleep(200); // let every watcher park in its select
        long t1 = System.nanoTime();
        root.cancel();
        long t2 = System.nanoTime();
        finished.await();
        return new double[] {build / 1e6, (System.nanoTime() - t1) / 1e6, (t2 - t1) / 1e6};
    }

    public static void main(String[] args) {
        go4j.Go.main(() -> { // like Go, the tree is built and canceled by the main goroutine
            try {
                run(args);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
    }

    static void run(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int fanout = 4, warmup = 3, rounds = 5;
        double[] cancels = new double[rounds];
        for (int r = 0; r < warmup + rounds; r++) {
            double[] t = round(n, fanout);
            System.out.printf("round %d: build+start %.1f ms, cancel->all woken %.2f ms (cancel() returned after %.2f ms)%n", r, t[0], t[1], t[2]);
            if (r >= warmup) {
                cancels[r - warmup] = t[1];
            }
        }
        Arrays.sort(cancels);
        System.out.printf("go4j median cancel->all woken: %.2f ms%n", cancels[rounds / 2]);
    }
}
