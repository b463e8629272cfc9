package go4j.fn;

/**
 * The method interface of {@code Unlock()} (docs/compiler.md): predefined here, as the compiler
 * generates such interfaces per program otherwise, so that sync.Mutex and sync.RWMutex implement it and
 * calls through an interface reach them.
 */
public interface M$Unlock$$V {
    /**
     * Go's {@code Unlock()}.
     */
    void Unlock();
}
