package go4j.bench.compiled;

import static go4j.Go.go;

import go4j.Chan;
import go4j.Go;

/**
 * go4j-bench/go/compiled/sieve.go written by hand with go4j's library, line for line: the
 * yardstick for the same Go source compiled by {@code go4j run} ({@code ./go4j bench --compiled}).
 */
public final class SieveMain {
    private SieveMain() {
    }

    static void generate(Chan<Long> ch) {
        for (long i = 2; ; i++) {
            ch.send(i);
        }
    }

    static void filter(Chan<Long> in, Chan<Long> out, long prime) {
        for (;;) {
            long i = in.recv();
            if (i % prime != 0) {
                out.send(i);
            }
        }
    }

    /** @param args none */
    public static void main(String[] args) {
        Go.main(() -> {
            Chan<Long> ch = new Chan<>();
            Chan<Long> first = ch;
            go(() -> generate(first));
            long last = 0;
            for (int i = 0; i < 2000; i++) {
                long prime = ch.recv();
                last = prime;
                Chan<Long> ch1 = new Chan<>();
                Chan<Long> in = ch;
                go(() -> filter(in, ch1, prime));
                ch = ch1;
            }
            System.out.println("2000th prime: " + last);
        });
        System.exit(0);
    }
}
