package go4j.fn;

/**
 * A Go {@code func()} value, such as {@code context.CancelFunc}: predefined here so that the
 * standard packages can return func values (as lambdas) that compiled code calls.
 *
 * <pre>{@code
 * F$$V cancel = () -> System.out.println("canceled");
 * cancel.call();
 * }</pre>
 */
@FunctionalInterface
public interface F$$V {
    /** Calls the function. */
    void call();
}
