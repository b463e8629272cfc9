package go4j.fn;

/**
 * Test fixture: the function-value interface the compiler generates for {@code func(any, any) bool} (docs/compiler.md),
 * so that tests can pass Java lambdas where the standard packages take Go func values.
 */
@FunctionalInterface
public interface F$LL$Z {
    /** Calls the function. */
    boolean call(Object a, Object b);
}
