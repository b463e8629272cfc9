package go4j.fn;

/**
 * The method interface of {@code RuntimeError()}, the marker method of Go's {@code
 * runtime.Error}: predefined here (the compiler generates such interfaces per program
 * otherwise, docs/compiler.md) so that go4j.lang's run-time errors can implement it.
 */
public interface M$RuntimeError$$V {
    /** Go's marker method: does nothing. */
    void RuntimeError();
}
