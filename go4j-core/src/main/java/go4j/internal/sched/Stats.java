package go4j.internal.sched;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of the scheduler's slow-path events, for measuring what a workload costs (futex
 * wake-ups, parks, steals); never touched on the hand-off fast path. Printed at exit with
 * {@code -Dgo4j.sched.stats=true}.
 */
final class Stats {
    final LongAdder mWakes = new LongAdder();        // an idle M unparked by startm (a futex wake)
    final LongAdder mParks = new LongAdder();        // an M parked in the idle list
    final LongAdder ringSteals = new LongAdder();    // a spinner took half of another P's ring
    final LongAdder splitSteals = new LongAdder();   // ... a ring its M would have got through (SplitGate)
    final LongAdder splitBans = new LongAdder();     // a split did not make the Ms run faster: splits banned a while
    final LongAdder graceSleeps = new LongAdder();   // a spinner slept before stealing a runnext or a ring
    final LongAdder runnextSteals = new LongAdder(); // ... and then took it
    final LongAdder retakes = new LongAdder();       // sysmon took a P from a stuck M
    final LongAdder injected = new LongAdder();      // continuations submitted from outside any M
    final LongAdder sysmonRescues = new LongAdder(); // sysmon woke an M for global work nobody looked at
    final LongAdder ringsKept = new LongAdder();     // a spinner left a ring after the grace: ring rule or split gate
    final LongAdder policyTrials = new LongAdder();  // trials of the other policy judged (PolicyTrials)
    final LongAdder policySwitches = new LongAdder(); // ... that the other policy won
    final LongAdder danceRespins = new LongAdder();  // a spinner about to park saw work and spun again
    final LongAdder selfResubmits = new LongAdder(); // an M's own continuation came back (Thread.yield,
                                                     // or an unpark that raced with its park)

    @Override
    public String toString() {
        return "mWakes=" + mWakes + " mParks=" + mParks + " ringSteals=" + ringSteals + " splitSteals=" + splitSteals + " splitBans=" + splitBans
                + " graceSleeps=" + graceSleeps + " runnextSteals=" + runnextSteals
                + " ringsKept=" + ringsKept + " policyTrials=" + policyTrials + " policySwitches=" + policySwitches
                + " retakes=" + retakes + " injected=" + injected + " selfResubmits=" + selfResubmits + " danceRespins=" + danceRespins + " sysmonRescues=" + sysmonRescues;
    }
}
