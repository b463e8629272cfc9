package go4j.fn;

/**
 * Test fixture: the function-value interface the compiler generates for {@code func(rune) rune} (docs/compiler.md),
 * so that tests can pass Java lambdas where the standard packages take Go func values.
 */
@FunctionalInterface
public interface F$I$I {
    /** Calls the function. */
    int call(int r);
}
