package go4j.internal.sched;

/**
 * A measurement, not a test (docs/benchmarks.md, "Departures on the AMD EPYC"): the round trip
 * of a volatile ping-pong between two spinning platform threads, what a hand-off between two
 * spinning goroutines on two carriers costs at best.
 */
public class CrossCoreHandoff {
    static volatile int turn;
    public static void main(String[] a) throws Exception {
        int n = 2_000_000;
        for (int r = 0; r < 5; r++) {
            turn = 0;
            Thread t = new Thread(() -> { for (int i = 0; i < n; i++) { while (turn != 1) Thread.onSpinWait(); turn = 0; } });
            t.start();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { turn = 1; while (turn != 0) Thread.onSpinWait(); }
            long dt = System.nanoTime() - t0;
            t.join();
            System.out.printf("round %d: %.0f ns per round trip%n", r, dt / (double) n);
        }
    }
}
