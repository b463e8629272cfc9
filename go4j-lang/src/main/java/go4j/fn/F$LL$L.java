package go4j.fn;

/**
 * The function-value interface of a {@code func} of two references and one reference result
 * (docs/compiler.md), such as {@code http.Client}'s
 * {@code CheckRedirect func(req *Request, via []*Request) error}: predefined here so that
 * net/http calls it directly.
 */
@FunctionalInterface
public interface F$LL$L {
    /**
     * Calls the function.
     *
     * @param x the first argument
     * @param y the second argument
     * @return the result
     */
    Object call(Object x, Object y);
}
