package go4j.fn;

/**
 * A Go method {@code ServeHTTP(w http.ResponseWriter, r *http.Request)}, as called through
 * {@code http.Handler}: what the server calls on a handler written in Go, and what
 * go4j's handlers ({@code http.HandlerFunc}, {@code *http.ServeMux}) implement.
 */
public interface M$ServeHTTP$LL$V {
    /**
     * @param w the {@code http.ResponseWriter}
     * @param r the {@code *http.Request}, a {@link go4j.std.net.http.Request}
     */
    void ServeHTTP(Object w, Object r);
}
