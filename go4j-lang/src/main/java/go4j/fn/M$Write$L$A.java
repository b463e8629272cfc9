package go4j.fn;

/**
 * The method interface of {@code Write(p []byte) (n int, err error)}, io.Writer's method
 * (docs/compiler.md): predefined here, as the compiler generates such interfaces per program
 * otherwise, so that os.File implements it and calls through an interface reach it.
 */
public interface M$Write$L$A {
    /**
     * Go's {@code Write}.
     *
     * @param p the bytes, a {@code go4j.lang.SliceB}
     * @return {@code {Long n, error err}}
     */
    Object[] Write(Object p);
}
