package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;

import java.util.List;

import static go4j.Go.go;

/**
 * Go 1.26's goroutine leak profile: a generator whose consumer stopped after three values
 * waits to send forever, and nothing that can still run holds its channel.
 * {@link Go#leakedGoroutines()} finds it over a heap dump. No Go 1.19 original: the leak
 * profile is Go 1.26's.
 */
public final class LeakExample {
    private LeakExample() {
    }

    static RecvChan<Integer> numbers() {
        Chan<Integer> ch = new Chan<>();
        go(() -> {
            for (int i = 0; ; i++) {
                ch.send(i);
            }
        });
        return ch;
    }

    static void firstThree() {
        RecvChan<Integer> ch = numbers();
        Fmt.println("got " + ch.recv() + " " + ch.recv() + " " + ch.recv());
    } // the channel is abandoned here, and with it the generator

    public static void main(String[] args) {
        Go.main(() -> {
            firstThree();
            List<String> leaked = Go.leakedGoroutines();
            Fmt.println(leaked.size() + " leaked goroutine" + (leaked.size() == 1 ? "" : "s") + ":");
            for (String g : leaked) {
                Fmt.println(g.lines().findFirst().orElse(""));
            }
        });
    }
}
