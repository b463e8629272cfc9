package go4j.examples;

import java.util.List;

/** Runs an example's main with standard output and error captured. */
final class Output {
    private Output() {
    }

    private static final String[] NO_ARGS = {};

    interface Main {
        void main(String[] args) throws Exception;
    }

    /** The example's stdout lines; fails the test if it threw. */
    static List<String> of(Main main) {
        Demo.Captured c = capture(main);
        if (c.failure() != null) {
            throw new AssertionError("the example threw; stderr:\n" + c.err(), c.failure());
        }
        return c.out().lines().toList();
    }

    static Demo.Captured capture(Main main) {
        return Demo.capture(() -> {
            try {
                main.main(NO_ARGS);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }
}
