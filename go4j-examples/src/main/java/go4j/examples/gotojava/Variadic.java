package go4j.examples.gotojava;

import java.util.Arrays;

/** Varargs: an array; passing an array passes it itself, as Go's s... does. */
public final class Variadic {
    private Variadic() {
    }

    static int sum(int... nums) {
        int total = 0;
        for (int n : nums) {
            total += n;
        }
        return total;
    }

    static void zero(int... nums) {
        if (nums.length > 0) {
            nums[0] = 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1, 2) + " " + sum(1, 2, 3));
        int[] s = {4, 5, 6};
        System.out.println(sum(s));
        zero(s);
        System.out.println("the callee wrote to the caller's array: " + Arrays.toString(s));
    }
}
