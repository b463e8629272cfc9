package go4j.fn;

/**
 * A Go method {@code WriteHeader(statusCode int)}, as called through
 * {@code http.ResponseWriter}.
 */
public interface M$WriteHeader$J$V {
    /** @param statusCode the HTTP status code */
    void WriteHeader(long statusCode);
}
