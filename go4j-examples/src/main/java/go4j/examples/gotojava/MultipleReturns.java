package go4j.examples.gotojava;

import go4j.Chan;
import go4j.Received;

/** Several results: a record, unpacked with a record pattern; errors are exceptions. */
public final class MultipleReturns {
    private MultipleReturns() {
    }

    record DivMod(int q, int r) {
    }

    static DivMod divmod(int a, int b) {
        return new DivMod(a / b, a % b);
    }

    public static void main(String[] args) {
        if (divmod(17, 5) instanceof DivMod(int q, int r)) { // q, r := divmod(17, 5)
            System.out.println(q + " " + r);
        }

        try {
            Integer.parseInt("42x"); // Go returns (0, err); Java throws
        } catch (NumberFormatException e) {
            System.out.println("error: " + e.getMessage());
        }

        Chan<Integer> c = new Chan<>(1);
        c.send(1);
        c.close();
        Received<Integer> got = c.recvOk(); // v, ok := <-c
        System.out.println(got.value() + " " + got.ok());
    }
}
