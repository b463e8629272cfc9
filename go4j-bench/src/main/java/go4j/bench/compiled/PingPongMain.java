package go4j.bench.compiled;

import static go4j.Go.go;

import go4j.Chan;
import go4j.Go;

/**
 * go4j-bench/go/compiled/pingpong.go written by hand with go4j's library, line for line: the
 * yardstick for the same Go source compiled by {@code go4j run} ({@code ./go4j bench --compiled}).
 */
public final class PingPongMain {
    private PingPongMain() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Go.main(() -> {
            final int n = 5_000_000;
            Chan<Long> ping = new Chan<>();
            Chan<Long> pong = new Chan<>();
            go(() -> {
                for (long v : ping) {
                    pong.send(v + 1);
                }
                pong.close();
            });
            long sum = 0;
            for (long i = 0; i < n; i++) {
                ping.send(i);
                sum += pong.recv() - i;
            }
            ping.close();
            System.out.println("round trips: " + sum);
        });
        System.exit(0);
    }
}
