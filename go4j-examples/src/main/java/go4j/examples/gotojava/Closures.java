package go4j.examples.gotojava;

import java.util.function.IntSupplier;

/** Closures: a lambda captures values, so shared mutable state lives in an object. */
public final class Closures {
    private Closures() {
    }

    record Counter(IntSupplier inc, IntSupplier get) {
    }

    static Counter counter() {
        int[] n = {0}; // captured by both lambdas: the array, not the int, is shared
        IntSupplier inc = () -> ++n[0];
        IntSupplier get = () -> n[0];
        return new Counter(inc, get);
    }

    public static void main(String[] args) {
        Counter c = counter();
        c.inc().getAsInt();
        c.inc().getAsInt();
        System.out.println("get() sees inc's writes: " + c.get().getAsInt());

        int x = 1;
        IntSupplier show = () -> x; // x is copied into the lambda; `x = 2;` would not compile
        System.out.println("the lambda holds the value it captured: " + show.getAsInt());
    }
}
