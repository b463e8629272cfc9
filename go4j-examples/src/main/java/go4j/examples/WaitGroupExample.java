package go4j.examples;

import go4j.Go;
import go4j.sync.WaitGroup;

import static go4j.Go.go;

/**
 * Waiting for five goroutines with a WaitGroup. Go original:
 * {@code go4j-examples/go/waitgroup.go}. Go's {@code defer wg.Done()} is a finally block;
 * {@code wg.Wait()} is {@code await()} ({@code wait} belongs to {@link Object}).
 */
public final class WaitGroupExample {
    private WaitGroupExample() {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            WaitGroup wg = new WaitGroup();
            int[] squares = new int[5];
            for (int i = 0; i < 5; i++) {
                wg.add(1);
                int id = i;
                go(() -> {
                    try {
                        squares[id] = id * id;
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            Fmt.println("squares:", squares);
        });
    }
}
