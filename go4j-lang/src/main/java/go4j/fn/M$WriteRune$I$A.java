package go4j.fn;

/**
 * A Go method {@code WriteRune(r rune) (n int, err error)}, as called through an interface of a program's own (bufio.Writer, strings.Builder and bytes.Buffer have it).
 */
public interface M$WriteRune$I$A {
    /**
     * @param r the rune
     * @return {@code {Long n, Object err}}
     */
    Object[] WriteRune(int r);
}
