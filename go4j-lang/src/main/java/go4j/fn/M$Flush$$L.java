package go4j.fn;

/**
 * A Go method {@code Flush() error}, as called through an interface of a program's own ({@code bufio.Writer} has it).
 */
public interface M$Flush$$L {
    /** @return the error, null for none */
    Object Flush();
}
