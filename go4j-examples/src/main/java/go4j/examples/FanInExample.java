package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * Fan-in by select: two generators merged; a closed source is set to the nil channel so that
 * select stops looking at it. Go original: {@code go4j-examples/go/fanin.go}. The order of
 * "a" and "b" lines changes from run to run; each source's own lines keep their order.
 */
public final class FanInExample {
    private FanInExample() {
    }

    static RecvChan<String> generator(String name, int n) {
        Chan<String> c = new Chan<>();
        go(() -> {
            for (int i = 1; i <= n; i++) {
                c.send(name + " " + i);
            }
            c.close();
        });
        return c;
    }

    /** What one select case received: Go's {@code s, ok} plus which case it was. */
    record Got(String from, String s, boolean ok) {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            RecvChan<String> nil = Chan.nil(); // Go's nil, for this channel type
            RecvChan<String> a = generator("a", 3);
            RecvChan<String> b = generator("b", 3);
            while (a != nil || b != nil) {
                Got g = select(
                        a.onRecvOk((s, ok) -> new Got("a", s, ok)),
                        b.onRecvOk((s, ok) -> new Got("b", s, ok)));
                if (!g.ok()) {
                    if (g.from().equals("a")) {
                        a = nil;
                    } else {
                        b = nil;
                    }
                    Fmt.println(g.from() + " closed");
                    continue;
                }
                Fmt.println(g.s());
            }
            Fmt.println("both closed");
        });
    }
}
