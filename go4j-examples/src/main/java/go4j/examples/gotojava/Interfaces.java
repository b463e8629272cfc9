package go4j.examples.gotojava;

/** Interfaces are implemented by name; assertions are instanceof; type switches are pattern switches. */
public final class Interfaces {
    private Interfaces() {
    }

    interface Shape {
        double area();
    }

    record Square(double side) implements Shape {
        public double area() {
            return side * side;
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return 3 * r * r;
        }
    }

    static String describe(Object x) {
        return switch (x) {
            case null -> "nil";
            case Integer v -> "int " + v;
            case Shape s -> "shape of area " + s.area();
            default -> "other " + x.getClass().getSimpleName();
        };
    }

    sealed interface Expr permits Num, Add {
    }

    record Num(int v) implements Expr {
    }

    record Add(Expr l, Expr r) implements Expr {
    }

    static int eval(Expr e) {
        return switch (e) { // exhaustive without default: Expr is sealed
            case Num n -> n.v();
            case Add(Expr l, Expr r) -> eval(l) + eval(r);
        };
    }

    public static void main(String[] args) {
        Shape s = new Square(2);
        if (s instanceof Square sq) { // sq, ok := s.(Square)
            System.out.println("a square of side " + sq.side());
        }
        System.out.println("is it a circle? " + (s instanceof Circle));
        try {
            Circle c = (Circle) s; // s.(Circle) without ok: panics in Go, throws here
            System.out.println(c);
        } catch (ClassCastException e) {
            System.out.println("cast failed: ClassCastException");
        }
        System.out.println(describe(null) + " | " + describe(7) + " | " + describe(new Circle(1)) + " | " + describe("x"));
        System.out.println(eval(new Add(new Num(1), new Add(new Num(2), new Num(3)))));
    }
}
