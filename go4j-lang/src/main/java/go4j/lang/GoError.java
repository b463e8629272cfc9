package go4j.lang;

/**
 * Go's predeclared {@code error} interface. A generated class with a method
 * {@code Error() string} implements it; the Go string is a Java String of one char per byte.
 *
 * <pre>{@code
 * GoError e = ErrorString.of("file not found");
 * System.out.println(e.Error()); // file not found
 * }</pre>
 */
public interface GoError {
    /**
     * Go's {@code Error() string}.
     *
     * @return the error's text, a Go string
     */
    String Error();
}
