package go4j.examples.gotojava;

/** An interface call: invokeinterface, resolved through the receiver class's itable. */
public final class Dispatch {
    private Dispatch() {
    }

    interface Shape {
        double area();
    }

    record Square(double side) implements Shape {
        public double area() {
            return side * side;
        }
    }

    record Rect(double w, double h) implements Shape {
        public double area() {
            return w * h;
        }
    }

    static double total(Shape[] shapes) {
        double sum = 0;
        for (Shape s : shapes) {
            sum += s.area(); // invokeinterface Shape.area
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println(total(new Shape[]{new Square(2), new Rect(2, 3)}));
    }
}
