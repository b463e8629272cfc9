package go4j.fn;

/**
 * A Go method {@code Value(key any) any} (or any {@code Value} of one reference parameter and
 * one reference result), as called through an interface such as {@code context.Context}.
 */
public interface M$Value$L$L {
    /**
     * @param key an interface value
     * @return an interface value; null for nil
     */
    Object Value(Object key);
}
