package go4j.examples.gotojava;

import java.util.Arrays;

/** Structs and arrays: Java has references, so copying is explicit; records compare by value. */
public final class Structs {
    private Structs() {
    }

    record Point(int x, int y) {
    }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        Point q = new Point(10, p.y()); // records are immutable: a changed copy is a new record
        System.out.println("p is unchanged: " + p + " q: " + q);
        System.out.println("equals compares fields: " + p.equals(new Point(1, 2)));
        System.out.println("== compares references: " + (p == new Point(1, 2)));

        int[] arr = {1, 2, 3};
        int[] alias = arr; // an array variable holds a reference
        alias[0] = 100;
        System.out.println("arr changed too: " + Arrays.toString(arr));
        int[] copy = arr.clone(); // Go's `arr2 := arr` is this
        copy[0] = 1;
        System.out.println("arr after writing the clone: " + Arrays.toString(arr));
    }
}
