package go4j.synctest;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

import go4j.Chan;
import go4j.Go;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import go4j.time.Ticker;
import go4j.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake clock under load: the same bubble run 100 times, on whichever scheduler the suite
 * runs on, with goroutines outside the bubble keeping every carrier busy, gives the same
 * result every time. The result depends only on fake time: when each ticker fires, when the
 * deadline passes, which timeouts win.
 */
@Timeout(120)
class SynctestDeterminismTest {
    private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void sameResultOnEveryRunUnderLoad() {
        AtomicBoolean stop = new AtomicBoolean();
        WaitGroup load = new WaitGroup();
        for (int i = 0; i < 4; i++) {
            load.go(() -> {
                long x = 0;
                while (!stop.get()) {
                    for (int k = 0; k < 10_000; k++) {
                        x += k * 31L ^ x;
                    }
                    Go.gosched();
                }
                if (x == 42) {
                    System.out.print(""); // keep x alive
                }
            });
        }
        try {
            String first = once();
            assertEquals(expected(), first, "what fake time says must happen");
            for (int run = 1; run < 100; run++) {
                assertEquals(first, once(), "run " + run + " differs from run 0");
            }
        } finally {
            stop.set(true);
            load.await();
        }
    }

    /** Eight tickers, a deadline, a pipeline with timeouts: what happened, and when (fake time). */
    private static String once() {
        List<String> out = new ArrayList<>();
        Synctest.test(() -> {
            Cancelable c = Context.withTimeout(Context.background(), Duration.ofSeconds(1));
            Chan<String> results = new Chan<>();
            WaitGroup wg = new WaitGroup();
            for (int w = 0; w < 8; w++) {
                int id = w;
                wg.go(() -> {
                    Ticker t = Time.newTicker(Duration.ofMillis(7L * (id + 1)));
                    int ticks = 0;
                    Duration last = Duration.ZERO;
                    for (boolean more = true; more; ) {
                        more = select(
                                t.c().onRecv(at -> true),
                                c.context().done().onRecv(v -> false));
                        if (more) {
                            ticks++;
                            last = Time.since(Y2K);
                            busy(ticks); // real work between ticks: fake time stands still
                        }
                    }
                    t.stop();
                    results.send("worker " + id + ": " + ticks + " ticks, last at " + last);
                });
            }
            // A pipeline stage whose answers race timeouts, decided by fake time only.
            Chan<Integer> slow = new Chan<>();
            go(() -> {
                for (int i = 1; i <= 5; i++) {
                    Time.sleep(Duration.ofMillis(90L * i));
                    slow.send(i);
                }
            });
            List<String> stage = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                stage.add(select(
                        slow.onRecv(v -> "got " + v + " at " + Time.since(Y2K)),
                        Time.after(Duration.ofMillis(250)).onRecv(at -> "timeout at " + Time.since(Y2K))));
            }
            go(() -> {
                wg.await();
                results.close();
            });
            List<String> workers = new ArrayList<>();
            for (String r : results) {
                workers.add(r);
            }
            workers.sort(null);
            out.addAll(workers);
            out.addAll(stage);
            out.add("end at " + Time.since(Y2K) + ", " + c.context().err().getMessage());
            // The stage's goroutine may still sleep: drain it so that the bubble ends cleanly.
            while (select(slow.onRecv(x -> true), Time.after(Duration.ofSeconds(10)).onRecv(x -> false))) {
                // values 4 and 5, then the timeout once the stage has ended
            }
        });
        return String.join("\n", out);
    }

    /** Worker i ticks every 7(i+1) ms until the deadline at 1 s (no tick falls on it). */
    private static String expected() {
        List<String> lines = new ArrayList<>();
        for (int id = 0; id < 8; id++) {
            long p = 7L * (id + 1);
            long n = 1000 / p;
            lines.add("worker " + id + ": " + n + " ticks, last at " + Duration.ofMillis(n * p));
        }
        lines.sort(null);
        // The stage sends 1..5 at 90, 270, 540, 900, 1350 ms; each select gives it 250 ms.
        lines.add("got 1 at PT0.09S");
        lines.add("got 2 at PT0.27S");
        lines.add("timeout at PT0.52S");
        lines.add("got 3 at PT0.54S");
        lines.add("timeout at PT0.79S");
        lines.add("end at PT1S, context deadline exceeded");
        return String.join("\n", lines);
    }

    private static void busy(int seed) {
        long x = seed;
        for (int i = 0; i < 2_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        if (x == 7) {
            System.out.print("");
        }
    }
}
