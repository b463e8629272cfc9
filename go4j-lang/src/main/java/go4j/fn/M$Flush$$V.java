package go4j.fn;

/**
 * A Go method {@code Flush()}, as called through {@code http.Flusher}.
 */
public interface M$Flush$$V {
    /** Sends what is buffered. */
    void Flush();
}
