package go4j.fn;

/**
 * The function-value interface of {@code func(key, value any) bool} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (sync.Map.Range).
 */
@FunctionalInterface
public interface F$LL$Z {
    /**
     * Calls the function.
     *
     * @param key   an interface value
     * @param value an interface value
     * @return the function's result
     */
    boolean call(Object key, Object value);
}
