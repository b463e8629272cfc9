package go4j.examples.synctest;

import static go4j.Go.select;

import go4j.context.Context;
import go4j.time.Time;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Retries an operation with exponential backoff (1 s, 2 s, 4 s, ...) until it succeeds or its
 * context is done: the kind of code whose test would wait a minute in real time.
 * {@code RetryTest} runs a minute of backoff in a synctest bubble, in milliseconds.
 */
public final class Retry {
    private Retry() {
    }

    /** What a call of {@link #withBackoff} ended with: the value or the last error, and how many attempts. */
    public record Result<T>(T value, Exception error, int attempts) {
    }

    /**
     * Calls {@code op} until it returns, waiting {@code first}, then twice as long each time
     * (at most {@code max}) between attempts; gives up when {@code ctx} is done, with
     * {@code ctx.err()} as the error.
     *
     * @param <T> the operation's result
     * @param ctx bounds the whole retry loop
     * @param first the first wait
     * @param max the longest wait
     * @param op the operation
     * @return the outcome
     */
    public static <T> Result<T> withBackoff(Context ctx, Duration first, Duration max, Callable<T> op) {
        Duration wait = first;
        for (int attempt = 1; ; attempt++) {
            try {
                return new Result<>(op.call(), null, attempt);
            } catch (Exception e) {
                boolean again = select(
                        Time.after(wait).onRecv(t -> true),
                        ctx.done().onRecv(v -> false));
                if (!again) {
                    return new Result<>(null, ctx.err(), attempt);
                }
                wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
            }
        }
    }
}
