package go4j.fn;

/**
 * A Go method {@code Header() http.Header} (or any {@code Header()} with one reference
 * result), as called through {@code http.ResponseWriter}.
 */
public interface M$Header$$L {
    /** @return the header map, a {@link go4j.lang.GoMap} */
    Object Header();
}
