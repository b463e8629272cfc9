package go4j.fn;

/**
 * The function-value interface of {@code func()} (docs/compiler.md): predefined here, as the
 * compiler generates such interfaces per program otherwise, so that the standard packages
 * call the func values they are given directly (sync.Once.Do, time.AfterFunc).
 */
@FunctionalInterface
public interface F$$V {
    /** Calls the function. */
    void call();
}
