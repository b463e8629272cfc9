package go4j.internal.sched;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.LongAdder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy trials' rule on a made-up clock and task count (no threads, no scheduler): sysmon
 * ticks every 2 ms, and the Ms run continuations at a rate that depends on the policy in force;
 * Go's policy is kept only when its window beat both bracketing windows by 25%, twice in a row.
 */
class PolicyTrialsTest {
    private static final long MS = 1_000_000;
    private static final long TICK = 2 * MS;

    /** A program whose speed under each policy is given, in continuations per ns, and sysmon's ticks over it. */
    private static final class Run {
        final LongAdder ringsKept = new LongAdder();
        final LongAdder judged = new LongAdder();
        final LongAdder switches = new LongAdder();
        final PolicyTrials t = new PolicyTrials(ringsKept, judged, switches, 0);
        int ringsKeptPerTick = 100; // spinners leave rings to their M: the departures hold work back
        long now;
        double tasks;
        int procs = 2;
        int goTicks;         // ticks run under Go's policy
        int ticks;
        boolean slowSettling; // the first tick after a switch to Go's policy runs nothing
        private boolean last;

        /** Ticks for {@code nanos}, the program running {@code departures} or {@code go} continuations per ns. */
        void run(long nanos, double departures, double go) {
            for (long end = now + nanos; now < end; ) {
                boolean g = t.goPolicy;
                boolean settling = slowSettling && g && !last;
                last = g;
                goTicks += g ? 1 : 0;
                ticks++;
                now += TICK;
                tasks += settling ? 0 : TICK * (g ? go : departures);
                if (!g) {
                    ringsKept.add(ringsKeptPerTick);
                }
                t.tick(now, () -> (long) tasks, procs);
            }
        }
    }

    @Test
    void goPolicyIsKeptWhenItRanTheProgramFaster() {
        Run r = new Run();
        r.run(PolicyTrials.FIRST_GAP_NANOS - TICK, 0.005, 0.010);
        assertFalse(r.t.goPolicy, "no trial before the first gap");
        r.run(50 * MS, 0.005, 0.010);
        assertTrue(r.t.goPolicy, "twice as fast under Go's policy, twice in a row: kept");
        assertEquals(PolicyTrials.WINS_NEEDED, r.judged.sum());
        assertEquals(1, r.switches.sum());
        int before = r.ticks, goBefore = r.goTicks;
        r.run(2_000 * MS, 0.005, 0.010);
        assertEquals(1, r.switches.sum(), "the departures, tried again from time to time, lose every time");
        assertTrue(r.goTicks - goBefore > 0.95 * (r.ticks - before), "and run only in their trials");
    }

    @Test
    void oneLuckyWindowDoesNotSwitch() {
        // Go's policy wins its first trial (another process slowed the brackets), then loses
        // the confirming one: the departures stay.
        Run r = new Run();
        r.run(PolicyTrials.FIRST_GAP_NANOS, 0.005, 0.005);
        while (r.judged.sum() == 0) {
            r.run(TICK, 0.003, 0.006);
        }
        assertFalse(r.t.goPolicy);
        while (r.judged.sum() == 1) {
            r.run(TICK, 0.005, 0.003);
        }
        assertFalse(r.t.goPolicy);
        assertEquals(0, r.switches.sum());
        // and the confirmation lost by the margin, the next trial waits the doubled gap, not one tick
        long judgedAt = r.now;
        while (r.judged.sum() == 2) {
            r.run(TICK, 0.005, 0.003);
        }
        assertTrue(r.now - judgedAt >= 2 * PolicyTrials.FIRST_GAP_NANOS, "next trial after " + (r.now - judgedAt) / MS + " ms");
    }

    /** Three seconds of a program running {@code departures} or {@code go} continuations per ns, which never switches. */
    private static Run threeSecondsOnTheDepartures(double departures, double go) {
        Run r = new Run();
        r.run(3_000 * MS, departures, go);
        assertFalse(r.t.goPolicy);
        assertEquals(0, r.switches.sum());
        return r;
    }

    @Test
    void theDeparturesStayWhenGoPolicyDoesNotBeatThemBy25Percent() {
        Run r = threeSecondsOnTheDepartures(0.005, 0.006);
        long trials = r.judged.sum();
        // 20% faster, short of the margin: tried again after the first gap every time
        assertTrue(trials > 60, trials + " trials in 3 s");
        assertEquals(3 * trials, r.goTicks, "each trial runs Go's policy for one settling tick and a 4 ms window");
    }

    @Test
    void aSlowerGoPolicyIsTriedLessAndLessOften() {
        Run r = threeSecondsOnTheDepartures(0.005, 0.003);
        long trials = r.judged.sum();
        assertTrue(trials >= 4 && trials <= 10, "gaps double after each trial lost by the margin: " + trials + " trials in 3 s");
    }

    @Test
    void aTrialLostWithinTheMarginLeavesTheGap() {
        // Go's policy 10% slower: no better than the noise between windows of one policy
        // (a program waiting on I/O, or being compiled), so not a reason to look less often.
        Run r = threeSecondsOnTheDepartures(0.005, 0.0045);
        assertTrue(r.judged.sum() > 60, r.judged.sum() + " trials in 3 s");
    }

    @Test
    void aTrialRateRaisedByTheProgramSpeedingUpOnItsOwnIsNotTheTrialsDoing() {
        Run r = new Run();
        r.run(PolicyTrials.FIRST_GAP_NANOS, 0.004, 0.004);
        // the program speeds up 1.6x during the trial window, whatever the policy: the
        // bracket after the trial is as fast, so Go's policy did not win
        double rate = 0.004;
        for (int i = 0; i < 20 && r.judged.sum() == 0; i++) {
            rate = Math.min(0.0064, rate * 1.1);
            r.run(TICK, rate, rate);
        }
        assertEquals(1, r.judged.sum());
        assertFalse(r.t.goPolicy);
    }

    @Test
    void tooFewContinuationsToJudgeByChangeNothing() {
        Run r = new Run();
        r.run(5_000 * MS, 0.000005, 0.00001); // one continuation per 200 µs, or 100: fewer than MIN_TASKS in a longest window
        assertEquals(0, r.switches.sum());
        assertTrue(r.judged.sum() > 15, "judged inconclusive and tried again soon: " + r.judged.sum());
    }

    @Test
    void aProgramWaitingOnIoIsJudgedOverLongerWindows() {
        // 25 and 35 continuations a millisecond (a worker pool fed from the network): a 4 ms
        // window holds ~100, so each window runs on until it holds MIN_TASKS.
        Run r = new Run();
        r.run(2_000 * MS, 0.000025, 0.000035);
        assertTrue(r.t.goPolicy, "40% faster under Go's policy: kept");
        assertEquals(1, r.switches.sum());
    }

    @Test
    void goPolicyIsNotTriedWhileTheDeparturesHoldNoRingBack() {
        // A ping-pong: rings stay empty, nothing for Go's policy to spread.
        Run r = new Run();
        r.ringsKeptPerTick = 0;
        r.run(1_000 * MS, 0.005, 0.010);
        assertEquals(0, r.judged.sum());
        assertEquals(0, r.goTicks);
        r.ringsKeptPerTick = 1; // a few rings kept: 8 by the next look
        r.run(100 * MS, 0.005, 0.010);
        assertEquals(1, r.switches.sum());
    }

    @Test
    void oneProcessorTriesNothing() {
        Run r = new Run();
        r.procs = 1;
        r.run(1_000 * MS, 0.005, 0.010);
        assertFalse(r.t.goPolicy);
        assertEquals(0, r.judged.sum());
        assertEquals(0, r.goTicks);
    }

    /**
     * A run 8 ms into the Go-policy window of its first trial (the departures at 0.005
     * continuations a ns, Go's policy at {@code goRate}), paused there: every P idle.
     */
    private static Run pausedInTheFirstTrial(double goRate) {
        Run r = new Run();
        r.run(PolicyTrials.FIRST_GAP_NANOS + 8 * MS, 0.005, goRate);
        assertTrue(r.t.goPolicy, "in the trial window");
        assertTrue(r.t.pause(r.now), "a trial is under way");
        return r;
    }

    @Test
    void aTrialGoesOnThroughMomentsWhenEveryPIsIdle() {
        // Sysmon parks whenever every P is idle, as a program waiting on I/O is many times a
        // millisecond; the trial goes on, the idle time counted in its window.
        Run r = pausedInTheFirstTrial(0.010);
        r.now += MS;
        r.t.resumed(r.now);
        assertTrue(r.t.goPolicy, "still in the trial window");
        r.run(16 * MS, 0.005, 0.010); // a dropped trial would wait out the gap, 20 ms, first
        assertEquals(1, r.judged.sum(), "the paused trial went on and was judged");
        r.run(40 * MS, 0.005, 0.010);
        assertEquals(1, r.switches.sum(), "won, confirmed: kept");
    }

    @Test
    void aTrialPausedLongerThanAWindowIsDroppedWithTheCurrentPolicyRestored() {
        Run r = pausedInTheFirstTrial(0.005);
        r.now += PolicyTrials.MAX_WINDOW_NANOS + MS;
        r.t.resumed(r.now); // sysmon's park ran out while every P stayed idle
        assertFalse(r.t.goPolicy, "dropped at once, the current policy restored");
        r.run(10 * MS, 0.005, 0.005);
        assertEquals(0, r.judged.sum(), "and not judged: the next trial waits out the gap");
    }

    @Test
    void aTrialPausedLongerThanAWindowIsDroppedAtTheNextTickToo() {
        Run r = pausedInTheFirstTrial(0.005);
        r.now += PolicyTrials.MAX_WINDOW_NANOS + MS; // woken by a P getting busy, not by the timeout
        r.run(TICK, 0.005, 0.005);
        assertFalse(r.t.goPolicy);
        r.run(10 * MS, 0.005, 0.005);
        assertEquals(0, r.judged.sum());
    }

    @Test
    void nothingIsPausedBetweenTrials() {
        Run r = new Run();
        r.run(10 * MS, 0.005, 0.010);
        assertFalse(r.t.pause(r.now), "no trial under way: sysmon may park for good");
    }

    @Test
    void theSettlingTickIsNotCounted() {
        // Go's policy runs nothing in the tick after each switch to it (the Ms moving
        // goroutines about) and twice as fast afterwards: the windows measure the afterwards.
        Run r = new Run();
        r.slowSettling = true;
        r.run(PolicyTrials.FIRST_GAP_NANOS + 50 * MS, 0.005, 0.010);
        assertEquals(1, r.switches.sum());
    }

    @Test
    void wonNeedsMoreThanAQuarterMore() {
        assertFalse(PolicyTrials.won(1.25, 1.0));
        assertTrue(PolicyTrials.won(1.26, 1.0));
    }
}
