package go4j.examples.gotojava;

import java.util.ArrayDeque;
import java.util.Deque;

/** defer: finally runs at the end of a block; try-with-resources closes in reverse order. */
public final class Defer {
    private Defer() {
    }

    static void order() {
        Deque<Runnable> deferred = new ArrayDeque<>();
        try {
            for (int i = 1; i <= 3; i++) {
                int n = i; // Go evaluates a deferred call's arguments at the defer statement
                deferred.push(() -> System.out.println("deferred " + n));
            }
            System.out.println("body done");
        } finally {
            deferred.forEach(Runnable::run); // push + forEach: last in, first out
        }
    }

    record Result(int q, Exception err) {
    }

    static Result safeDiv(int a, int b) {
        try {
            return new Result(a / b, null);
        } catch (ArithmeticException e) { // Go's recover() in a deferred function
            return new Result(0, new Exception("recovered: " + e.getMessage(), e));
        }
    }

    record Resource(String name) implements AutoCloseable {
        @Override
        public void close() {
            System.out.println("close " + name);
        }
    }

    public static void main(String[] args) {
        order();
        for (Result r : new Result[]{safeDiv(7, 2), safeDiv(1, 0)}) {
            System.out.println(r.q() + " " + (r.err() == null ? "<nil>" : r.err().getMessage()));
        }
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            System.out.println("using " + a.name() + " and " + b.name());
        } // closes b, then a
    }
}
