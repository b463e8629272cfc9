package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.Received;

import java.util.Objects;

import static go4j.Go.go;

/**
 * An unbuffered hand-off, a buffered queue, close and range, and {@code v, ok := <-c}. Go
 * original: {@code go4j-examples/go/channels.go}.
 */
public final class ChannelsExample {
    private ChannelsExample() {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Chan<String> messages = new Chan<>();
            go(() -> messages.send("ping"));
            Fmt.println("unbuffered:", messages.recv());

            Chan<Integer> queue = new Chan<>(3);
            queue.send(1);
            queue.send(2);
            queue.send(3);
            Fmt.println("buffered: len", queue.len(), "cap", queue.cap());
            queue.close();
            for (int v : queue) {
                Fmt.println("range got", v);
            }
            Received<Integer> r = queue.recvOk();
            int v = Objects.requireNonNullElse(r.value(), 0); // Go's zero value of int; Java's Integer gives null
            Fmt.println("after close:", v, r.ok());

            Chan<Boolean> done = new Chan<>();
            go(() -> {
                Fmt.println("worker: working");
                done.send(true);
            });
            done.recv();
            Fmt.println("main: worker done");
        });
    }
}
