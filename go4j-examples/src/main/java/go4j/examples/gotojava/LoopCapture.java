package go4j.examples.gotojava;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** Loop variables and lambdas: Java makes you copy, so every lambda keeps its own value. */
public final class LoopCapture {
    private LoopCapture() {
    }

    public static void main(String[] args) {
        List<IntSupplier> fns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i; // `() -> i` does not compile: i is not effectively final
            fns.add(() -> copy);
        }
        for (IntSupplier f : fns) {
            System.out.print(f.getAsInt() + " ");
        }
        System.out.println();

        List<IntSupplier> each = new ArrayList<>();
        for (int v : List.of(0, 1, 2)) { // an enhanced for declares a fresh v per iteration
            each.add(() -> v);
        }
        for (IntSupplier f : each) {
            System.out.print(f.getAsInt() + " ");
        }
        System.out.println();
    }
}
