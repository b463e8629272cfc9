package go4j.internal.sched;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.LongAdder;

import static go4j.internal.sched.SplitGate.JUDGE_NANOS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split gate's rule on a made-up clock and task count (no threads, no scheduler): a split
 * pays when the Ms run continuations at least 25% faster after it than before it.
 */
class SplitGateTest {
    private static final long MS = 1_000_000;
    /** Continuations per ns before every split below: 5 a microsecond (200 ns a hand-off). */
    private static final double BEFORE = 0.005;
    /** Continuations in JUDGE_NANOS at that rate. */
    private static final long SAME = (long) (BEFORE * JUDGE_NANOS);
    /** Twice as many: the split ran the group on two carriers at once. */
    private static final long DOUBLED = 2 * SAME;

    @Test
    void noSplitMadeIsNotJudged() {
        SplitGate g = new SplitGate(new LongAdder());
        assertTrue(g.tryReserve(0, 0, BEFORE));
        g.cancel();
        assertFalse(g.judging());
        assertTrue(g.tryReserve(5 * MS, 0, BEFORE), "nothing was split: nothing was judged, nothing banned");
    }

    @Test
    void oneSplitAtATime() {
        SplitGate g = new SplitGate(new LongAdder());
        assertTrue(g.tryReserve(10 * MS, 0, BEFORE));
        assertTrue(g.judging());
        assertFalse(g.tryReserve(10 * MS, 0, BEFORE), "reserved by another spinner");
        assertFalse(g.tryReserve(10 * MS + JUDGE_NANOS - 1, DOUBLED, BEFORE), "not judged yet");
        assertTrue(g.tryReserve(10 * MS + JUDGE_NANOS, DOUBLED, BEFORE), "judged: paid; then reserved");
    }

    @Test
    void sysmonJudgesASplitOnlyOnceItsTimeHasCome() {
        LongAdder bans = new LongAdder();
        SplitGate g = new SplitGate(bans);
        assertTrue(g.tryReserve(0, 0, BEFORE));
        g.judge(JUDGE_NANOS - 1, SAME);
        assertTrue(g.judging());
        g.judge(JUDGE_NANOS, SAME);
        assertFalse(g.judging());
        assertEquals(1, bans.sum(), "no faster after the split than before: banned");
        assertFalse(g.tryReserve(2 * JUDGE_NANOS - 1, SAME, BEFORE), "banned for 1 ms");
        assertTrue(g.tryReserve(2 * JUDGE_NANOS, SAME, BEFORE));
    }

    @Test
    void aSplitThatDidNotPayBansSplitsForOneMillisecondThenLongerEachTime() {
        LongAdder bans = new LongAdder();
        SplitGate g = new SplitGate(bans);
        long t = 0;
        long tasks = 0;
        for (int shift = 0; shift <= SplitGate.MAX_BAN_SHIFT + 2; shift++) {
            assertTrue(g.tryReserve(t, tasks, BEFORE));
            t += JUDGE_NANOS;
            tasks += SAME / 2; // the split halved the rate: two carriers fighting over one channel
            assertFalse(g.tryReserve(t, tasks, BEFORE), "judged: did not pay");
            long ban = JUDGE_NANOS << Math.min(shift, SplitGate.MAX_BAN_SHIFT);
            assertFalse(g.tryReserve(t + ban - 1, tasks, BEFORE), "still banned");
            t += ban;
        }
        assertEquals(SplitGate.MAX_BAN_SHIFT + 3, bans.sum());
        assertEquals(256 * MS, JUDGE_NANOS << SplitGate.MAX_BAN_SHIFT);
    }

    @Test
    void aSplitThatPaidResetsTheBanToOneMillisecond() {
        SplitGate g = new SplitGate(new LongAdder());
        long t = 0;
        long tasks = 0;
        for (int i = 0; i < 3; i++) { // bans of 1, 2 and 4 ms
            assertTrue(g.tryReserve(t, tasks, BEFORE));
            t += JUDGE_NANOS;
            tasks += SAME;
            assertFalse(g.tryReserve(t, tasks, BEFORE));
            t += JUDGE_NANOS << i;
        }
        assertTrue(g.tryReserve(t, tasks, BEFORE));
        t += JUDGE_NANOS;
        tasks += DOUBLED;
        assertTrue(g.tryReserve(t, tasks, BEFORE), "twice as fast after that split: paid; reserved again");
        t += JUDGE_NANOS;
        tasks += SAME;
        assertFalse(g.tryReserve(t, tasks, BEFORE));
        assertFalse(g.tryReserve(t + JUDGE_NANOS - 1, tasks, BEFORE));
        assertTrue(g.tryReserve(t + JUDGE_NANOS, tasks, BEFORE), "the ban after a split that paid is 1 ms again");
    }

    @Test
    void aSplitPaysFromTwentyFivePercentFaster() {
        assertFalse(SplitGate.paid(BEFORE, SAME, JUDGE_NANOS));
        assertFalse(SplitGate.paid(BEFORE, SAME * 5 / 4, JUDGE_NANOS), "exactly 25% faster is not enough");
        assertTrue(SplitGate.paid(BEFORE, SAME * 5 / 4 + 1, JUDGE_NANOS));
        assertTrue(SplitGate.paid(BEFORE, DOUBLED, JUDGE_NANOS));
        assertFalse(SplitGate.paid(BEFORE, 0, JUDGE_NANOS));
        assertTrue(SplitGate.paid(0, 1, JUDGE_NANOS), "nothing ran before: any progress pays");
    }
}
