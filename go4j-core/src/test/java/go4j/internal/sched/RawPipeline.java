package go4j.internal.sched;

import go4j.Chan;
import go4j.Go;
import go4j.internal.runtime.Schedulers;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A measurement, not a test (docs/benchmarks.md, "Departures on the AMD EPYC"): ns per hop of a
 * chain of 100 virtual threads on the running scheduler, handing one token on with a raw
 * park/unpark, against go4j channels with one message in flight and streamed.
 */
public class RawPipeline {
    static final int STAGES = 100;

    static final class Stage {
        volatile Object in;       // the token handed to this stage
        volatile Thread thread;
    }

    /** ns per hop with raw park/unpark: each stage waits for its token, gives it to the next. */
    static double raw(int m) throws Exception {
        Stage[] st = new Stage[STAGES + 1];
        for (int i = 0; i <= STAGES; i++) st[i] = new Stage();
        Thread[] ts = new Thread[STAGES];
        for (int i = 0; i < STAGES; i++) {
            Stage me = st[i], next = st[i + 1];
            ts[i] = Schedulers.current().newThread(() -> {
                me.thread = Thread.currentThread();
                for (;;) {
                    Object v;
                    while ((v = me.in) == null) LockSupport.park();
                    me.in = null;
                    next.in = v;
                    Thread t = next.thread;
                    if (t != null) LockSupport.unpark(t);
                    if (v == "stop") return;
                }
            });
            ts[i].start();
        }
        long[] out = new long[1];
        Thread consumer = Schedulers.current().newThread(() -> {
            Stage last = st[STAGES];
            last.thread = Thread.currentThread();
            for (int k = 0; ; k++) {
                Object v;
                while ((v = last.in) == null) LockSupport.park();
                last.in = null;
                if (v == "stop") return;
                // feed the next token
                if (k + 1 < m) { st[0].in = 1; LockSupport.unpark(st[0].thread); }
                else { st[0].in = "stop"; LockSupport.unpark(st[0].thread); }
            }
        });
        // wait for stage threads to register
        for (int i = 0; i < STAGES; i++) while (st[i].thread == null) Thread.onSpinWait();
        long t0 = System.nanoTime();
        consumer.start();
        while (st[STAGES].thread == null) Thread.onSpinWait();
        st[0].in = 1; LockSupport.unpark(st[0].thread);
        consumer.join();
        long dt = System.nanoTime() - t0;
        for (Thread t : ts) t.join();
        return (double) dt / m / STAGES;
    }

    /** A chain of STAGES goroutines over unbuffered channels: its first and last channels. */
    static List<Chan<Integer>> chain() {
        Chan<Integer> first = new Chan<>();
        Chan<Integer> in = first;
        for (int s = 0; s < STAGES; s++) {
            Chan<Integer> from = in, out = new Chan<>();
            Go.go(() -> { for (Integer v : from) out.send(v); out.close(); });
            in = out;
        }
        return List.of(first, in);
    }

    /** ns per hop through go4j channels, one message in flight. */
    static double chan(int m) throws Exception {
        List<Chan<Integer>> ends = chain();
        Chan<Integer> first = ends.get(0), last = ends.get(1);
        double[] r = new double[1];
        Thread t = Schedulers.current().newThread(() -> {
            long t0 = System.nanoTime();
            for (int k = 0; k < m; k++) { first.send(k); last.recv(); }
            r[0] = (double) (System.nanoTime() - t0) / m / STAGES;
            first.close();
        });
        t.start(); t.join();
        return r[0];
    }

    /** ns per hop, the bench's shape: m messages streamed (pipelined). */
    static double chanStream(int m) throws Exception {
        List<Chan<Integer>> ends = chain();
        Chan<Integer> first = ends.get(0), last = ends.get(1);
        double[] r = new double[1];
        Thread t = Schedulers.current().newThread(() -> {
            long t0 = System.nanoTime();
            Go.go(() -> { for (int k = 0; k < m; k++) first.send(k); first.close(); });
            for (Integer v : last) { }
            r[0] = (double) (System.nanoTime() - t0) / m / STAGES;
        });
        t.start(); t.join();
        return r[0];
    }

    public static void main(String[] a) throws Exception {
        int m = 5000;
        System.out.println("scheduler " + Schedulers.current().name() + " gomaxprocs " + Schedulers.current().gomaxprocs());
        for (int round = 0; round < 8; round++) {
            double r = raw(m), c = chan(m), s = chanStream(m);
            System.out.printf("round %d: raw park/unpark %.0f ns/hop, chan one-in-flight %.0f ns/hop, chan streamed %.0f ns/hop%n", round, r, c, s);
        }
    }
}
