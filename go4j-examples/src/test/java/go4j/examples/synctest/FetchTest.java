package go4j.examples.synctest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import go4j.synctest.Synctest;
import go4j.time.Time;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Both sides of a 30 s deadline, without waiting 30 s. */
class FetchTest {
    private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void anAnswerWithinTheDeadlineIsReturned() {
        Synctest.test(() -> {
            assertEquals("value of k", Fetch.fetch(Fetch.slowBackend(Duration.ofSeconds(29)), "k"));
            assertEquals(Duration.ofSeconds(29), Time.since(Y2K));
        });
    }

    @Test
    void aSlowerAnswerMeetsTheDeadlineAtThirtySeconds() {
        Synctest.test(() -> {
            assertEquals("error: context deadline exceeded", Fetch.fetch(Fetch.slowBackend(Duration.ofSeconds(45)), "k"));
            assertEquals(Duration.ofSeconds(30), Time.since(Y2K));
            // The late answer still comes (into a buffered channel) and its goroutine ends:
            // the bubble's main goroutine waits for it, or the test would fail with Go's
            // "main bubble goroutine has exited but blocked goroutines remain".
            Time.sleep(Duration.ofSeconds(15));
        });
    }
}
