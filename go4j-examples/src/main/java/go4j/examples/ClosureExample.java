package go4j.examples;

import java.util.function.IntSupplier;

/**
 * A closure with its own state: {@code getSequence} returns a function that keeps its own
 * {@code i}. Go original: {@code go4j-examples/go/closure.go}. A Java lambda may capture only
 * effectively final locals, so the counter lives in a one-element array (or an
 * {@link java.util.concurrent.atomic.AtomicInteger} if the closure is shared by goroutines).
 */
public final class ClosureExample {
    private ClosureExample() {
    }

    static IntSupplier getSequence() {
        int[] i = {0};
        return () -> {
            i[0] += 1;
            return i[0];
        };
    }

    public static void main(String[] args) {
        IntSupplier nextNumber = getSequence();
        Fmt.println(nextNumber.getAsInt());
        Fmt.println(nextNumber.getAsInt());
        Fmt.println(nextNumber.getAsInt());

        IntSupplier nextNumber1 = getSequence();
        Fmt.println(nextNumber1.getAsInt());
        Fmt.println(nextNumber1.getAsInt());
    }
}
