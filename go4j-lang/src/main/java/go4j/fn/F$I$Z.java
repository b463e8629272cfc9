package go4j.fn;

/**
 * The function-value interface of {@code func(rune) bool} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (strings.FieldsFunc, IndexFunc, TrimFunc).
 */
@FunctionalInterface
public interface F$I$Z {
    /**
     * Calls the function.
     *
     * @param r the rune
     * @return the function's result
     */
    boolean call(int r);
}
