package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;
import go4j.SendChan;

import static go4j.Go.go;

/**
 * The concurrent prime sieve from Go's documentation: a daisy chain of filter goroutines,
 * one per prime found. Go original: {@code go4j-examples/go/sieve.go}. As in Go, the
 * generator and the filters are left blocked when main returns.
 */
public final class SieveExample {
    private SieveExample() {
    }

    // Send the sequence 2, 3, 4, ... to channel 'ch'.
    static void generate(SendChan<Integer> ch) {
        for (int i = 2; ; i++) {
            ch.send(i); // Send 'i' to channel 'ch'.
        }
    }

    // Copy the values from channel 'in' to channel 'out',
    // removing those divisible by 'prime'.
    static void filter(RecvChan<Integer> in, SendChan<Integer> out, int prime) {
        while (true) {
            int i = in.recv(); // Receive value from 'in'.
            if (i % prime != 0) {
                out.send(i); // Send 'i' to 'out'.
            }
        }
    }

    // The prime sieve: Daisy-chain Filter processes.
    public static void main(String[] args) {
        Go.main(() -> {
            Chan<Integer> ch = new Chan<>(); // Create a new channel.
            Chan<Integer> first = ch;
            go(() -> generate(first));       // Launch Generate goroutine.
            for (int i = 0; i < 10; i++) {
                int prime = ch.recv();
                Fmt.println(prime);
                Chan<Integer> ch1 = new Chan<>();
                Chan<Integer> in = ch;
                go(() -> filter(in, ch1, prime));
                ch = ch1;
            }
        });
    }
}
