package go4j.internal.sched;

import org.junit.jupiter.api.Test;

import static go4j.internal.sched.SplitGate.JUDGE_NANOS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split gate's rule on a made-up clock and contention count (no threads, no scheduler). */
class SplitGateTest {
    private static final long MS = 1_000_000;

    @Test
    void aSplitIsAllowedUntilOneHurts() {
        SplitGate g = new SplitGate();
        assertTrue(g.mayAt(0, 0));
        assertTrue(g.mayAt(5 * MS, 100), "nothing split yet: contention elsewhere is not judged");
    }

    @Test
    void noSecondSplitWhileTheFirstIsJudged() {
        SplitGate g = new SplitGate();
        g.splitAt(10 * MS, 0);
        assertFalse(g.mayAt(10 * MS, 0));
        assertFalse(g.mayAt(10 * MS + JUDGE_NANOS - 1, 0));
        assertTrue(g.mayAt(10 * MS + JUDGE_NANOS, 0), "judged harmless: no lock contended");
    }

    @Test
    void aSplitThatMadeLocksContendedBansSplitsForOneMillisecondThenLongerEachTime() {
        SplitGate g = new SplitGate();
        long t = 0, c = 0;
        for (int shift = 0; shift <= SplitGate.MAX_BAN_SHIFT + 2; shift++) {
            g.splitAt(t, c);
            t += JUDGE_NANOS;
            c += 100; // 100 contended locks in the millisecond after the split
            assertFalse(g.mayAt(t, c), "judged: hurt");
            long ban = JUDGE_NANOS << Math.min(shift, SplitGate.MAX_BAN_SHIFT);
            assertFalse(g.mayAt(t + ban - 1, c), "still banned");
            t += ban;
            assertTrue(g.mayAt(t, c), "ban over after " + ban + " ns");
        }
        assertEquals(SplitGate.MAX_BAN_SHIFT + 3, g.bans());
    }

    @Test
    void aHarmlessSplitResetsTheBanToOneMillisecond() {
        SplitGate g = new SplitGate();
        long t = 0;
        for (int i = 0; i < 3; i++) { // bans of 1, 2 and 4 ms
            g.splitAt(t, 0);
            t += JUDGE_NANOS;
            assertFalse(g.mayAt(t, 1_000));
            t += JUDGE_NANOS << i;
            assertTrue(g.mayAt(t, 1_000));
        }
        g.splitAt(t, 1_000);
        t += JUDGE_NANOS;
        assertTrue(g.mayAt(t, 1_000), "no contention after this split: harmless");
        g.splitAt(t, 1_000);
        t += JUDGE_NANOS;
        assertFalse(g.mayAt(t, 2_000));
        assertFalse(g.mayAt(t + JUDGE_NANOS - 1, 2_000));
        assertTrue(g.mayAt(t + JUDGE_NANOS, 2_000), "the ban after a harmless split is 1 ms again");
    }

    @Test
    void moreThanOneContendedLockPerMillisecondHurts() {
        assertFalse(SplitGate.hurt(0, MS));
        assertFalse(SplitGate.hurt(1, MS));
        assertTrue(SplitGate.hurt(2, MS));
        assertFalse(SplitGate.hurt(10, 10 * MS));
        assertTrue(SplitGate.hurt(11, 10 * MS));
        // measured with splits allowed: 100x100 unbuffered ~500 a millisecond, the sieve ~0.01
        assertTrue(SplitGate.hurt(500, MS));
        assertFalse(SplitGate.hurt(29, 3_000 * MS));
    }
}
