package go4j.examples;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Go's {@code fmt.Println} and {@code fmt.Sprint} for the examples, so that a translated
 * program prints what the Go original prints, byte for byte: operands separated by spaces,
 * lists and arrays as {@code [1 2 3]}, maps as {@code map[k:v]}, null as {@code <nil>}, an
 * exception as its message (Go's {@code err.Error()}).
 *
 * <pre>{@code
 * Fmt.println("squares:", List.of(1, 4, 9)); // squares: [1 4 9]
 * }</pre>
 */
public final class Fmt {
    private Fmt() {
    }

    /** Go's {@code fmt.Println(a...)}. */
    public static void println(Object... a) {
        StringJoiner line = new StringJoiner(" ");
        for (Object o : a) {
            line.add(sprint(o));
        }
        System.out.println(line);
    }

    /** Go's {@code %v} of one value. */
    public static String sprint(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Throwable t) {
            return t.getMessage();
        }
        if (v instanceof Collection<?> c) {
            StringJoiner s = new StringJoiner(" ", "[", "]");
            c.forEach(e -> s.add(sprint(e)));
            return s.toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringJoiner s = new StringJoiner(" ", "map[", "]");
            m.forEach((k, e) -> s.add(sprint(k) + ":" + sprint(e)));
            return s.toString();
        }
        if (v.getClass().isArray()) {
            StringJoiner s = new StringJoiner(" ", "[", "]");
            for (int i = 0; i < Array.getLength(v); i++) {
                s.add(sprint(Array.get(v, i)));
            }
            return s.toString();
        }
        return v.toString();
    }
}
