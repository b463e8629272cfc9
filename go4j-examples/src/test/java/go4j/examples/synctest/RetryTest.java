package go4j.examples.synctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.synctest.Synctest;
import go4j.time.Time;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A minute of exponential backoff, in a synctest bubble: milliseconds of real time, exact fake times. */
class RetryTest {
    private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void retriesAtOneTwoFourEightSixteenSecondsThenGivesUpAtTheMinute() {
        Synctest.test(() -> {
            List<Duration> attempts = new ArrayList<>();
            try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMinutes(1))) {
                Retry.Result<String> r = Retry.withBackoff(c.context(), Duration.ofSeconds(1), Duration.ofMinutes(5), () -> {
                    attempts.add(Time.since(Y2K));
                    throw new IOException("connection refused");
                });
                assertEquals(List.of(0L, 1L, 3L, 7L, 15L, 31L),
                        attempts.stream().map(Duration::toSeconds).toList());
                assertSame(Context.DEADLINE_EXCEEDED, r.error());
                assertEquals(6, r.attempts());
                assertEquals(Duration.ofMinutes(1), Time.since(Y2K)); // gave up at the deadline, not at 63 s
            }
        });
    }

    @Test
    void succeedsOnTheFirstAttemptAfterTheServiceComesBack() {
        Synctest.test(() -> {
            Instant up = Y2K.plusSeconds(10); // the service is down for 10 s
            try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMinutes(1))) {
                Retry.Result<String> r = Retry.withBackoff(c.context(), Duration.ofSeconds(1), Duration.ofMinutes(5), () -> {
                    if (Time.now().isBefore(up)) {
                        throw new IOException("503");
                    }
                    return "ok";
                });
                assertEquals("ok", r.value());
                assertNull(r.error());
                assertEquals(5, r.attempts()); // at 0, 1, 3, 7 and 15 s
                assertEquals(Duration.ofSeconds(15), Time.since(Y2K));
            }
        });
    }

    @Test
    void backoffIsCappedAtItsMaximum() {
        Synctest.test(() -> {
            List<Long> attempts = new ArrayList<>();
            try (Cancelable c = Context.withTimeout(Context.background(), Duration.ofMinutes(1))) {
                Retry.withBackoff(c.context(), Duration.ofSeconds(4), Duration.ofSeconds(10), () -> {
                    attempts.add(Time.since(Y2K).toSeconds());
                    throw new IOException("down");
                });
            }
            assertEquals(List.of(0L, 4L, 12L, 22L, 32L, 42L, 52L), attempts);
        });
    }
}
