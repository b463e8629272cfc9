package go4j.examples.gotojava;

import java.util.function.Function;

/** Function types are functional interfaces; a method value is a bound method reference. */
public final class FunctionTypes {
    private FunctionTypes() {
    }

    @FunctionalInterface
    interface Transform { // type Transform func(string) string
        String apply(String s);
    }

    static String apply(Transform t, String s) {
        return t.apply(s);
    }

    record Greeter(String name) {
        String greet(String who) {
            return name + " greets " + who;
        }
    }

    public static void main(String[] args) {
        System.out.println(apply(String::toUpperCase, "go"));
        System.out.println(apply(s -> s + "!", "go"));
        Function<String, String> greet = new Greeter("Ann")::greet; // Go's method value
        System.out.println(greet.apply("Bob"));
    }
}
