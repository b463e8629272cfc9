package go4j.examples;

import go4j.Chan;
import go4j.Go;

import static go4j.Go.go;

/**
 * Ten thousand goroutines, each sending one number to main. Go original:
 * {@code go4j-examples/go/goroutines.go}.
 *
 * <pre>{@code
 * for i := 1; i <= n; i++ {
 *     go func(i int) { results <- i }(i)
 * }
 * }</pre>
 */
public final class GoroutinesExample {
    private GoroutinesExample() {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            final int n = 10000;
            Chan<Integer> results = new Chan<>();
            for (int i = 1; i <= n; i++) {
                int id = i; // Go passes i as an argument; Java captures an effectively final copy
                go(() -> {
                    results.send(id);
                });
            }
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += results.recv();
            }
            Fmt.println("goroutines started:", n);
            Fmt.println("sum of what they sent:", sum);
        });
    }
}
