package go4j.examples.synctest;

import static go4j.Go.go;
import static go4j.Go.select;

import go4j.Chan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.time.Time;
import java.time.Duration;
import java.util.function.Function;

/**
 * A call to a slow backend bounded by a context deadline of 30 seconds: the answer if it comes
 * in time, else the context's error. {@code FetchTest} checks both sides of the deadline in a
 * synctest bubble without waiting 30 seconds.
 */
public final class Fetch {
    private Fetch() {
    }

    /** The deadline every fetch gets. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Asks {@code backend} for {@code key} in a goroutine and waits for the answer at most
     * {@link #TIMEOUT}.
     *
     * @param backend the slow call
     * @param key what to fetch
     * @return the answer, or {@code "error: context deadline exceeded"}
     */
    public static String fetch(Function<String, String> backend, String key) {
        try (Cancelable c = Context.withTimeout(Context.background(), TIMEOUT)) {
            Chan<String> answer = new Chan<>(1); // buffered: a late answer does not block its goroutine
            go(() -> answer.send(backend.apply(key)));
            return select(
                    answer.onRecv(v -> v),
                    c.context().done().onRecv(v -> "error: " + c.context().err().getMessage()));
        }
    }

    /**
     * A backend that takes {@code latency} to answer.
     *
     * @param latency how long each answer takes
     * @return the backend
     */
    public static Function<String, String> slowBackend(Duration latency) {
        return key -> {
            Time.sleep(latency);
            return "value of " + key;
        };
    }
}
