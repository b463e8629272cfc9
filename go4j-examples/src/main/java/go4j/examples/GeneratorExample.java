package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * A generator stopped by a done channel: the seed's {@code Generater(done)}, name and all.
 * Go original: {@code go4j-examples/go/generator.go}. Go's {@code chan struct{}} is a
 * {@code Chan<Void>}: only its closing matters. {@link go4j.patterns.Generator} is the
 * library version, with a context in place of {@code done}.
 */
public final class GeneratorExample {
    private GeneratorExample() {
    }

    static RecvChan<Integer> generater(Chan<Void> done) {
        Chan<Integer> ch = new Chan<>();
        go(() -> {
            try { // defer close(ch)
                int n = 0;
                while (true) {
                    boolean sent = select(
                            ch.onSend(n, () -> true),
                            done.onRecv(x -> false));
                    if (sent) {
                        n++;
                    } else {
                        Fmt.println("generator: done, stopping");
                        return;
                    }
                }
            } finally {
                ch.close();
            }
        });
        return ch;
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Chan<Void> done = new Chan<>();
            RecvChan<Integer> ch = generater(done);
            for (int i = 0; i < 5; i++) {
                Fmt.println(ch.recv());
            }
            done.close();
            for (Integer ignored : ch) { // drain until the generator closes ch
            }
            Fmt.println("main: generator closed its channel");
        });
    }
}
