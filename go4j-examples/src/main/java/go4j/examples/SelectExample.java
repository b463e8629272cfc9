package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.time.Time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static go4j.Go.defaultCase;
import static go4j.Go.go;
import static go4j.Go.select;

/**
 * select: the first ready case wins; default when none is ready; a timeout with
 * {@code time.After}; a nil channel is never ready. Go original:
 * {@code go4j-examples/go/select.go}. Each Go {@code case} becomes a case object whose
 * function gives the select's result.
 */
public final class SelectExample {
    private SelectExample() {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Chan<String> c1 = new Chan<>();
            Chan<String> c2 = new Chan<>();
            go(() -> c1.send("one"));
            go(() -> c2.send("two"));
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                select(
                        c1.onRecv(m -> got.add(m)),
                        c2.onRecv(m -> got.add(m)));
            }
            Fmt.println("received both:", got.size());

            String r = select(
                    c1.onRecv(m -> "unexpected " + m),
                    defaultCase(() -> "no message ready: default"));
            Fmt.println(r);

            Chan<String> slow = new Chan<>();
            r = select(
                    slow.onRecv(m -> "unexpected " + m),
                    Time.after(Duration.ofMillis(20)).onRecv(t -> "timeout after 20ms"));
            Fmt.println(r);

            Chan<Integer> never = Chan.nil();
            r = select(
                    never.onRecv(v -> "unexpected " + v),
                    defaultCase(() -> "a nil channel is never ready"));
            Fmt.println(r);
        });
    }
}
