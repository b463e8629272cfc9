package go4j.fn;

/**
 * The method interface of {@code Lock()} (docs/compiler.md): predefined here, as the compiler
 * generates such interfaces per program otherwise, so that sync.Mutex and sync.RWMutex implement it and
 * calls through an interface reach them.
 */
public interface M$Lock$$V {
    /**
     * Go's {@code Lock()}.
     */
    void Lock();
}
