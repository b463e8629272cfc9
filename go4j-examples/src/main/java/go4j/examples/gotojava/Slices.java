package go4j.examples.gotojava;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;

/** Slices: Java arrays have no views; subList and buffer slices do. */
public final class Slices {
    private Slices() {
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5};
        int[] b = Arrays.copyOfRange(a, 1, 3); // a copy, not a view
        b[0] = 20;
        System.out.println("a after b[0] = 20: " + Arrays.toString(a));

        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        List<Integer> view = list.subList(1, 3); // a view of list, like a[1:3]
        view.set(0, 20);
        System.out.println("list after view.set(0, 20): " + list);
        view.add(30); // inserts into list, shifting the rest: not Go's append
        System.out.println("list after view.add(30): " + list);
        list.add(6); // a structural change to list invalidates the view
        try {
            view.get(0);
        } catch (ConcurrentModificationException e) {
            System.out.println("the view after list.add: ConcurrentModificationException");
        }

        IntBuffer whole = IntBuffer.wrap(a);
        IntBuffer part = whole.slice(1, 2); // shares a's storage, like a[1:3]
        part.put(0, 99);
        System.out.println("a after part.put(0, 99): " + Arrays.toString(a));
    }
}
