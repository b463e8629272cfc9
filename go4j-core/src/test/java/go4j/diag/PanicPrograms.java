package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import go4j.sync.Mutex;
import go4j.sync.RWMutex;

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
            case "checked" -> Go.main(() -> {
                Chan<Integer> c = new Chan<>();
                go(() -> {
                    c.recv(); // after main is parked: goroutine 2 is the one that panics
                    throw new java.io.IOException("disk full");
                });
                c.send(1);
                new Chan<Integer>().recv();
            });
            case "executorPanic" -> {
                Go.main(() -> {
                    try (var ex = Go.executor()) {
                        ex.execute(() -> {
                            throw new IllegalStateException("task failed");
                        });
                    } // close() must not return before the panic ends the program
                    System.out.println("main returned");
                });
                System.out.println("Go.main returned");
            }
            case "executorShutdownNow" -> Go.main(() -> {
                var ex = Go.executor();
                Chan<Integer> never = new Chan<>();
                Chan<Boolean> started = new Chan<>();
                ex.execute(() -> {
                    started.send(true);
                    never.recv(); // interrupted by shutdownNow: the cancellation, not a panic
                });
                started.recv();
                ex.shutdownNow();
                ex.close();
                System.out.println("stopped");
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
            case "deadlock" -> {
                Go.main(() -> new Chan<Integer>().recv());
                System.out.println("Go.main returned"); // it must not: Go exits with status 2
            }
            case "goexit" -> Go.main(Go::goexit);
            case "unlock" -> Go.main(() -> {
                go(() -> Go.select());
                Chan<Integer> parked = new Chan<>(); // goroutine 2 is parked before the unlock
                while (!Go.stack(true).contains("goroutine 2 [select (no cases)]")) {
                    Thread.onSpinWait();
                }
                try {
                    new Mutex().unlock();
                } catch (Panic p) {
                    System.out.println("recovered"); // Go's recover cannot stop a fatal error
                }
                parked.recv();
            });
            case "runlock" -> Go.main(() -> new RWMutex().runlock());
            case "sleepingWaker" -> Go.main(() -> {
                Chan<String> c = new Chan<>();
                Thread.ofPlatform().name("waker").start(() -> {
                    try {
                        // forty watchdog ticks: under load the watchdog's looks come late, and
                        // with 500 ms the sleep could end before one saw the waker asleep
                        Thread.sleep(2_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    c.send("woken by the sleeper");
                });
                System.out.println(c.recv());
            });
            case "unwatchedWaker" -> Go.main(() -> {
                // A thread parked in Process.waitFor: only the JDK's process reaper, which the
                // verdict does not watch, will wake it.
                Chan<String> c = new Chan<>();
                Thread.ofPlatform().start(() -> {
                    try {
                        new ProcessBuilder("sleep", "2").start().waitFor(); // forty watchdog ticks: the verdict comes first even under load
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    c.send("woken by the process's exit");
                });
                System.out.println(c.recv());
            });
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void awaitNoGoroutine() throws InterruptedException {
        while (Go.numGoroutine() > 0) {
            Thread.sleep(10);
        }
    }
}
