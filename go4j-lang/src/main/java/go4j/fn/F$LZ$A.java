package go4j.fn;

/**
 * The function-value interface of {@code func([]byte, bool) (int, []byte, error)}
 * (docs/compiler.md): predefined here, as the compiler generates such interfaces per program
 * otherwise, so that {@code bufio.Scanner} calls the {@code SplitFunc} it is given, a Go
 * function or one of bufio's own.
 */
@FunctionalInterface
public interface F$LZ$A {
    /**
     * Calls the function.
     *
     * @param data  the unprocessed bytes, a {@link go4j.lang.SliceB} or null
     * @param atEOF whether no more data will come
     * @return {@code {Long advance, SliceB token, Object err}}
     */
    Object[] call(Object data, boolean atEOF);
}
