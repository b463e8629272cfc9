package go4j.examples.gotojava;

import java.util.HashMap;
import java.util.Map;

/** Maps: a Java map variable is a reference too; null is not Go's nil map. */
public final class Maps {
    private Maps() {
    }

    static void add(Map<String, Integer> m, String k) {
        m.merge(k, 1, Integer::sum);
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        add(m, "go");
        add(m, "go");
        System.out.println("the callee's writes are visible: " + m.get("go"));

        Integer v = m.get("java"); // null, not Go's zero value
        boolean ok = m.containsKey("java");
        System.out.println("missing key: " + v + " " + ok + ", getOrDefault: " + m.getOrDefault("java", 0));

        Map<String, Integer> empty = Map.of(); // reads like Go's nil map...
        System.out.println("reading an empty Map.of(): " + empty.get("x") + " " + empty.size());
        try {
            empty.put("x", 1); // ...and refuses writes, as a nil map panics
        } catch (UnsupportedOperationException e) {
            System.out.println("writing Map.of() throws UnsupportedOperationException");
        }
    }
}
