package go4j.misuse;

import go4j.Chan;
import go4j.time.Ticker;
import go4j.time.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Misuses that neither the null and negative-argument sweeps nor the unit tests of each
 * package already answer (those cover closed and nil channels, WaitGroup and Mutex misuse,
 * cancel after cancel, stop after stop of a timer, select misuse).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MisuseTest {
    @Test
    void iteratorRemoveIsUnsupportedAndLosesNothing() {
        Chan<Integer> c = new Chan<>(2);
        c.send(1);
        c.send(2);
        Iterator<Integer> it = c.iterator();
        assertEquals(1, it.next());
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertEquals(2, it.next(), "the next element is still there");
        c.close();
        assertFalse(it.hasNext());
    }

    @Test
    void tickerStopTwiceIsHarmlessAndDeliversNothing() {
        // Go: Stop on a stopped Ticker does nothing; since Go 1.23 no tick, not even one sent
        // before the Stop, is received after it.
        Ticker t = Time.newTicker(Duration.ofMillis(1));
        Time.sleep(Duration.ofMillis(5));
        t.stop();
        t.stop();
        assertNull(t.c().tryRecv(), "no stale tick after stop");
        Time.sleep(Duration.ofMillis(20));
        assertNull(t.c().tryRecv(), "no tick after stop");
    }
}
