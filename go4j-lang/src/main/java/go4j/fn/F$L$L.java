package go4j.fn;

/**
 * The function-value interface of {@code func(string) string} and every other function of
 * one reference parameter and one reference result (docs/compiler.md): predefined here, as
 * the compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (os.Expand's mapping).
 */
@FunctionalInterface
public interface F$L$L {
    /**
     * Calls the function.
     *
     * @param x the argument, a reference
     * @return the result, a reference
     */
    Object call(Object x);
}
