package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;

import static go4j.Go.go;

/**
 * A deliberate deadlock: main waits for a value nobody will ever send, and the only other
 * goroutine waits too. Go's runtime notices that every goroutine is asleep, prints
 * {@code fatal error: all goroutines are asleep - deadlock!} and every goroutine's stack, and
 * exits with status 2; {@code Go.main} does the same. (An application that embeds go4j with
 * {@code -Dgo4j.exitOnPanic=false} keeps its process: {@code Go.main} throws {@link Panic}
 * with that message instead.) Go original: {@code go4j-examples/go/deadlock.go}.
 */
public final class DeadlockExample {
    private DeadlockExample() {
    }

    /**
     * The program: ends the process with status 2, or, with the process kept alive, throws
     * {@link Panic} "all goroutines are asleep - deadlock!".
     */
    public static void run() {
        Go.main(() -> {
            Chan<Integer> ch = new Chan<>();
            go(() -> {
                ch.recv(); // a second goroutine waits too: it will never be woken either
            });
            Chan<Integer> ch2 = new Chan<>();
            Fmt.println("main: waiting for a value nobody will send");
            ch2.recv();
        });
    }

    public static void main(String[] args) {
        run();
    }
}
