package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;
import go4j.sync.WaitGroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import static go4j.Go.go;

/**
 * Fan-out and fan-in, the squares of Go's pipelines article: {@code gen} feeds one channel
 * that two {@code sq} workers read (fan-out), and {@code merge} joins their outputs (fan-in).
 * Go original: {@code go4j-examples/go/fanout.go}. {@link go4j.patterns} has these as
 * library functions ({@code Generator.from}, {@code FanOut.fanOut}, {@code FanIn.merge}).
 */
public final class FanOutExample {
    private FanOutExample() {
    }

    static RecvChan<Integer> gen(Integer... nums) {
        Chan<Integer> out = new Chan<>();
        go(() -> {
            for (int n : nums) {
                out.send(n);
            }
            out.close();
        });
        return out;
    }

    static RecvChan<Integer> sq(RecvChan<Integer> in) {
        Chan<Integer> out = new Chan<>();
        go(() -> {
            for (int n : in) {
                out.send(n * n);
            }
            out.close();
        });
        return out;
    }

    @SafeVarargs
    static RecvChan<Integer> merge(RecvChan<Integer>... cs) {
        WaitGroup wg = new WaitGroup();
        Chan<Integer> out = new Chan<>();
        Consumer<RecvChan<Integer>> output = c -> {
            for (int n : c) {
                out.send(n);
            }
            wg.done();
        };
        wg.add(cs.length);
        for (RecvChan<Integer> c : cs) {
            go(() -> output.accept(c));
        }
        go(() -> {
            wg.await();
            out.close();
        });
        return out;
    }

    public static void main(String[] args) {
        Go.main(() -> {
            RecvChan<Integer> in = gen(1, 2, 3, 4, 5, 6);
            RecvChan<Integer> c1 = sq(in); // fan-out: two workers read the same channel
            RecvChan<Integer> c2 = sq(in);
            List<Integer> squares = new ArrayList<>();
            for (int n : merge(c1, c2)) { // fan-in
                squares.add(n);
            }
            Collections.sort(squares);
            Fmt.println("squares:", squares);
        });
    }
}
