package go4j.fn;

/**
 * A Go method {@code WriteString(s string) (n int, err error)}, as called through
 * {@code io.StringWriter}: {@code io.WriteString} calls it when the writer has it.
 */
public interface M$WriteString$L$A {
    /**
     * @param s the text, a Go string
     * @return {@code {Long n, Object err}}
     */
    Object[] WriteString(Object s);
}
