package go4j.fn;

/**
 * A Go method {@code ReadString(delim byte) (string, error)}, as called through an interface of a program's own ({@code bufio.Reader} has it).
 */
public interface M$ReadString$I$A {
    /**
     * @param delim the delimiter byte, 0-255
     * @return {@code {String s, Object err}}
     */
    Object[] ReadString(int delim);
}
