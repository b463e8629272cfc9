package go4j.fn;

/**
 * The function-value interface of {@code func(rune) rune} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (strings.Map).
 */
@FunctionalInterface
public interface F$I$I {
    /**
     * Calls the function.
     *
     * @param r the rune
     * @return the function's result
     */
    int call(int r);
}
