package go4j.fn;

/**
 * The function-value interface of a {@code func} of two references and no result
 * (docs/compiler.md), such as {@code func(http.ResponseWriter, *http.Request)}: predefined
 * here so that net/http calls the handler functions it is given ({@code http.HandlerFunc})
 * directly.
 */
@FunctionalInterface
public interface F$LL$V {
    /**
     * Calls the function.
     *
     * @param x the first argument
     * @param y the second argument
     */
    void call(Object x, Object y);
}
