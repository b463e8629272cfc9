package go4j.examples.gotojava;

import go4j.Chan;
import go4j.Go;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;

import java.time.Duration;

import static go4j.Go.go;
import static go4j.Go.select;

/** Goroutines, channels, select, WaitGroup and context, as go4j writes them. */
public final class Concurrency {
    private Concurrency() {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Chan<Integer> results = new Chan<>(3);
            WaitGroup wg = new WaitGroup();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                wg.add(1);
                go(() -> {
                    try {
                        results.send(n * n);
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            results.close();
            int sum = 0;
            for (int r : results) {
                sum += r;
            }
            System.out.println("sum: " + sum);

            try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMillis(10))) {
                Context ctx = c.context();
                Chan<Integer> never = new Chan<>();
                String r = select(
                        never.onRecv(v -> "got " + v),
                        ctx.done().onRecv(x -> "gave up: " + ctx.err()));
                System.out.println(r);
            }
        });
    }
}
