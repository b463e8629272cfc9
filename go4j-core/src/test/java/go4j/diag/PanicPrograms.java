package go4j.diag;

import go4j.Chan;
import go4j.Go;

import static go4j.Go.go;

/** Programs PanicReportTest runs in a child JVM, to see Go's report and the exit status. */
public final class PanicPrograms {
    private PanicPrograms() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "goroutine" -> Go.main(() -> {
                Chan<Integer> c = new Chan<>();
                go(() -> c.recv());
                go(() -> {
                    // Panic once goroutines 1 and 2 are parked, so that GOTRACEBACK=all has
                    // something definite to show.
                    while (!Go.stack(true).contains("goroutine 1 [chan receive]")
                            || !Go.stack(true).contains("goroutine 2 [chan receive]")) {
                        Thread.onSpinWait();
                    }
                    throw new IllegalStateException("boom");
                });
                c.recv();
            });
            case "main" -> Go.main(() -> {
                Chan<Integer> c = new Chan<>();
                c.close();
                c.close();
            });
            case "outside" -> {
                go(() -> {
                    throw new IllegalStateException("boom");
                });
                awaitNoGoroutine();
                System.out.println("alive");
            }
            case "outsideWithHandler" -> {
                Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("handler got " + e));
                go(() -> {
                    throw new IllegalStateException("boom");
                });
                awaitNoGoroutine();
                System.out.println("alive");
            }
            case "deadlock" -> Go.main(() -> new Chan<Integer>().recv());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void awaitNoGoroutine() throws InterruptedException {
        while (Go.numGoroutine() > 0) {
            Thread.sleep(10);
        }
    }
}
