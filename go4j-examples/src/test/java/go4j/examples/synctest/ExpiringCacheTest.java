package go4j.examples.synctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import go4j.synctest.Synctest;
import go4j.time.Time;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Minutes of ticker-driven expiry, checked at exact fake times. */
class ExpiringCacheTest {
    @Test
    void anEntryLivesUntilTheFirstSweepPastItsTtl() {
        Synctest.test(() -> {
            try (ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofMinutes(5), Duration.ofMinutes(1))) {
                cache.put("a", 1);
                Time.sleep(Duration.ofSeconds(90));
                cache.put("b", 2); // expires at 6m30s
                Time.sleep(Duration.ofMinutes(3).plusSeconds(30)); // now 5m: the sweep at 5m ran or runs now
                Synctest.await(); // the janitor has swept for the tick at 5m
                assertNull(cache.get("a"), "a expired at 5m");
                assertEquals(2, cache.get("b"));
                Time.sleep(Duration.ofMinutes(1)); // 6m: b still has 30 s
                Synctest.await();
                assertEquals(2, cache.get("b"));
                Time.sleep(Duration.ofMinutes(1)); // 7m: swept
                Synctest.await();
                assertNull(cache.get("b"));
            }
        });
    }

    @Test
    void nothingIsSweptBetweenTicks() {
        Synctest.test(() -> {
            try (ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofSeconds(10), Duration.ofMinutes(1))) {
                cache.put("a", 1);
                Time.sleep(Duration.ofSeconds(59)); // expired 49 s ago, but the next sweep is at 1m
                Synctest.await();
                assertEquals(1, cache.get("a"));
                Time.sleep(Duration.ofSeconds(1));
                Synctest.await();
                assertNull(cache.get("a"));
            }
        });
    }
}
