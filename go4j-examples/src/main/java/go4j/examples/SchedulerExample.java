package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.sync.WaitGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static go4j.Go.go;
import static go4j.Go.gomaxprocs;
import static go4j.Go.gosched;

/**
 * The scheduler at work: run with {@code GODEBUG=schedtrace=100} to see Go's {@code SCHED}
 * line every 100 ms — GOMAXPROCS Ps, how many are idle, the threads, the global run queue
 * and each P's local run queue — while 100 goroutines compute and hand values to main. Go
 * original: {@code go4j-examples/go/scheduler.go}. {@link #trace} runs this program in a
 * child JVM with that setting and returns what it printed.
 */
public final class SchedulerExample {
    private SchedulerExample() {
    }

    static int spin(int n) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            x = x * 31 + i;
        }
        return x;
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Fmt.println("GOMAXPROCS:", gomaxprocs(0));
            long deadline = System.nanoTime() + 500_000_000L;
            WaitGroup wg = new WaitGroup();
            Chan<Integer> results = new Chan<>(64);
            for (int w = 0; w < 100; w++) {
                wg.add(1);
                go(() -> {
                    try {
                        while (System.nanoTime() - deadline < 0) {
                            results.send(spin(10000));
                            gosched();
                        }
                    } finally {
                        wg.done();
                    }
                });
            }
            go(() -> {
                wg.await();
                results.close();
            });
            int n = 0;
            for (int ignored : results) {
                n++;
            }
            Fmt.println("100 goroutines, results:", n > 0);
        });
    }

    /** What the child JVM printed: its standard output and its SCHED lines. */
    public record Trace(List<String> stdout, List<String> sched, int exitCode) {
    }

    /**
     * Runs {@link #main} in a child JVM on go4j's G/M/P scheduler with
     * {@code GODEBUG=schedtrace=<everyMillis>} and {@code GOMAXPROCS=2}.
     */
    public static Trace trace(int everyMillis) {
        ChildJvm.Result r = ChildJvm.run(SchedulerExample.class,
                Map.of("GODEBUG", "schedtrace=" + everyMillis, "GOMAXPROCS", "2"));
        List<String> sched = new ArrayList<>();
        for (String l : r.stderr()) {
            if (l.startsWith("SCHED ")) {
                sched.add(l);
            }
        }
        return new Trace(r.stdout(), sched, r.exitCode());
    }
}
