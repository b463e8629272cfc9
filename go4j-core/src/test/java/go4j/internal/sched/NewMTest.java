package go4j.internal.sched;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A new M starts on the P that startm handed it. (It once ignored it and took another idle P,
 * or pushed itself on the idle M list and then ran with the stale handed P while still on that
 * list: the list held the same M twice, later wake-ups handed Ps to a running M, and
 * nmspinning stayed at 1 with nobody spinning, so wakep woke nobody and goroutines woken from
 * outside any M waited in the global queue forever.) Nothing here asserts on timing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NewMTest {
    private static final Pattern TRACE = Pattern.compile(
            "idleprocs=(\\d+) threads=(\\d+) spinningthreads=(\\d+) .*idlethreads=(\\d+) runqueue=(\\d+)");
    private final List<GmpScheduler> made = new ArrayList<>();

    @BeforeAll
    static void hookReachable() {
        assumeTrue(Hooks.FAILURE == null, "gmp hook unreachable: " + Hooks.FAILURE);
    }

    @AfterEach
    void shutdownSchedulers() {
        made.forEach(GmpScheduler::shutdown);
    }

    @Test
    void idleMListNeverHoldsMoreMsThanExistAfterWakeUpsFromOutside() throws Exception {
        GmpScheduler s = GmpScheduler.create(2, Config.fromSystemProperties(), 0);
        made.add(s);
        for (int round = 0; round < 50; round++) {
            int n = 1 + round % 4;
            CountDownLatch done = new CountDownLatch(n);
            for (int i = 0; i < n; i++) {
                s.newThread(done::countDown).start(); // woken from this platform thread: injectGlobal + wakep
            }
            assertTrue(done.await(60, TimeUnit.SECONDS), "goroutines never ran: " + s.schedtrace(0));
            int[] t = quiet(s);
            // threads counts sysmon too; idlethreads is the idle M list's length.
            assertTrue(t[3] <= t[1] - 1, "idle M list longer than the number of Ms: " + s.schedtrace(0));
            assertTrue(t[2] == 0, "an M still counted as spinning while all are idle: " + s.schedtrace(0));
        }
    }

    /** Waits until every P is idle and the global queue is empty; returns the trace numbers. */
    private static int[] quiet(GmpScheduler s) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String line = s.schedtrace(0);
            Matcher m = TRACE.matcher(line);
            if (!m.find()) {
                fail("unexpected schedtrace: " + line);
            }
            int[] t = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))};
            if (t[0] == s.gomaxprocs() && t[4] == 0 && t[2] == 0) {
                return t;
            }
            if (System.nanoTime() - deadline > 0) {
                return t; // the assertions report the state
            }
            Thread.sleep(1);
        }
    }
}
