package go4j.examples.gotojava;

/** A named type with methods: a record wrapping the underlying value. */
public final class NamedTypes {
    private NamedTypes() {
    }

    record Celsius(double value) { // type Celsius float64
        Fahrenheit toF() {
            return new Fahrenheit(value * 9 / 5 + 32);
        }
    }

    record Fahrenheit(double value) {
    }

    public static void main(String[] args) {
        Celsius c = new Celsius(100);
        Fahrenheit f = c.toF();
        System.out.println(f.value());
        double x = c.value(); // float64(c)
        System.out.println(x + 1);
    }
}
