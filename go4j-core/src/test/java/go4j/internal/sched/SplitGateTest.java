package go4j.internal.sched;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.LongAdder;

import static go4j.internal.sched.SplitGate.JUDGE_NANOS;
import static go4j.internal.sched.SplitGate.NANOS_PER_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split gate's rule on a made-up clock and contention count (no threads, no scheduler). */
class SplitGateTest {
    private static final long MS = NANOS_PER_MS;

    @Test
    void contentionWithNoSplitMadeIsNotJudged() {
        SplitGate g = new SplitGate(new LongAdder());
        assertTrue(g.tryReserve(0, 0));
        g.cancel();
        assertFalse(g.judging());
        assertTrue(g.tryReserve(5 * MS, 100), "nothing was split: the contention meanwhile bans nothing");
    }

    @Test
    void oneSplitAtATime() {
        SplitGate g = new SplitGate(new LongAdder());
        assertTrue(g.tryReserve(10 * MS, 0));
        assertTrue(g.judging());
        assertFalse(g.tryReserve(10 * MS, 0), "reserved by another spinner");
        assertFalse(g.tryReserve(10 * MS + JUDGE_NANOS - 1, 0), "not judged yet");
        assertTrue(g.tryReserve(10 * MS + JUDGE_NANOS, 0), "judged harmless (no lock contended), then reserved");
    }

    @Test
    void sysmonJudgesASplitOnlyOnceItsTimeHasCome() {
        LongAdder bans = new LongAdder();
        SplitGate g = new SplitGate(bans);
        assertTrue(g.tryReserve(0, 0));
        g.judge(JUDGE_NANOS - 1, 50);
        assertTrue(g.judging());
        g.judge(JUDGE_NANOS, 50);
        assertFalse(g.judging());
        assertEquals(1, bans.sum());
        assertFalse(g.tryReserve(JUDGE_NANOS + JUDGE_NANOS - 1, 50), "banned for 1 ms");
        assertTrue(g.tryReserve(2 * JUDGE_NANOS, 50));
    }

    @Test
    void aSplitThatMadeLocksContendedBansSplitsForOneMillisecondThenLongerEachTime() {
        LongAdder bans = new LongAdder();
        SplitGate g = new SplitGate(bans);
        long t = 0, c = 0;
        for (int shift = 0; shift <= SplitGate.MAX_BAN_SHIFT + 2; shift++) {
            assertTrue(g.tryReserve(t, c));
            t += JUDGE_NANOS;
            c += 100; // 100 contended locks in the millisecond after the split
            assertFalse(g.tryReserve(t, c), "judged: hurt");
            long ban = JUDGE_NANOS << Math.min(shift, SplitGate.MAX_BAN_SHIFT);
            assertFalse(g.tryReserve(t + ban - 1, c), "still banned");
            t += ban;
        }
        assertEquals(SplitGate.MAX_BAN_SHIFT + 3, bans.sum());
        assertEquals(256 * MS, JUDGE_NANOS << SplitGate.MAX_BAN_SHIFT);
    }

    @Test
    void aHarmlessSplitResetsTheBanToOneMillisecond() {
        SplitGate g = new SplitGate(new LongAdder());
        long t = 0;
        for (int i = 0; i < 3; i++) { // bans of 1, 2 and 4 ms
            assertTrue(g.tryReserve(t, 0));
            t += JUDGE_NANOS;
            assertFalse(g.tryReserve(t, 1_000));
            t += JUDGE_NANOS << i;
        }
        assertTrue(g.tryReserve(t, 1_000));
        t += JUDGE_NANOS;
        assertTrue(g.tryReserve(t, 1_000), "no contention after that split: harmless; reserved again");
        t += JUDGE_NANOS;
        assertFalse(g.tryReserve(t, 2_000));
        assertFalse(g.tryReserve(t + JUDGE_NANOS - 1, 2_000));
        assertTrue(g.tryReserve(t + JUDGE_NANOS, 2_000), "the ban after a harmless split is 1 ms again");
    }

    @Test
    void moreThanOneContendedLockPerMillisecondHurts() {
        assertFalse(SplitGate.hurt(0, MS));
        assertFalse(SplitGate.hurt(1, MS));
        assertTrue(SplitGate.hurt(2, MS));
        assertFalse(SplitGate.hurt(10, 10 * MS));
        assertTrue(SplitGate.hurt(11, 10 * MS));
        // measured with every ring split: 100x100 unbuffered ~500 a millisecond, the sieve ~0.01
        assertTrue(SplitGate.hurt(500, MS));
        assertFalse(SplitGate.hurt(29, 3_000 * MS));
    }
}
