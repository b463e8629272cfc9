package go4j.lang;

/**
 * Go's {@code fmt.Stringer}: a generated class with a method {@code String() string}
 * implements it, and {@code fmt} prints a value through it for the verbs {@code %v %s %q %x %X}.
 *
 * <pre>{@code
 * Stringer s = () -> "celsius";
 * System.out.println(s.String()); // celsius
 * }</pre>
 */
public interface Stringer {
    /**
     * Go's {@code String() string}.
     *
     * @return the value's text, a Go string
     */
    String String();
}
