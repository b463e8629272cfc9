package go4j.examples;

import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.examples.synctest.Retry;
import go4j.synctest.Synctest;
import go4j.time.Time;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * A minute of exponential backoff under a one-minute deadline, run in a synctest bubble (Go
 * 1.25's {@code testing/synctest}): the bubble's clock starts at 2000-01-01 and jumps to the
 * next timer whenever every goroutine of the bubble waits, so the minute passes in
 * milliseconds. No Go 1.19 original: Go 1.19 has no synctest.
 */
public final class SynctestExample {
    private SynctestExample() {
    }

    /** The instant a bubble's clock starts at. */
    private static final Instant Y2K = Instant.ofEpochSecond(946_684_800);

    public static void main(String[] args) {
        long start = System.nanoTime();
        Synctest.test(() -> {
            try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMinutes(1))) {
                Retry.Result<String> r = Retry.withBackoff(c.context(), Duration.ofSeconds(1), Duration.ofMinutes(5), () -> {
                    Fmt.println("attempt at " + Time.since(Y2K).toSeconds() + " s: connection refused");
                    throw new IOException("connection refused");
                });
                Fmt.println("gave up after " + r.attempts() + " attempts at " + Time.since(Y2K).toSeconds()
                        + " s: " + r.error().getMessage());
            }
        });
        Fmt.println("bubble time: 60 s; real time: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
