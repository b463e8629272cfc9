package go4j.internal.sched;

import java.util.concurrent.atomic.LongAdder;

/**
 * Whether a spinner may split a ring that its M would get through itself: take half of it
 * although the ring does not outlast its M by {@link GmpScheduler#RING_STEAL_FACTOR}.
 *
 * <p>Such a ring holds a group of goroutines handing off among themselves. Whether two
 * carriers run the group faster than one depends on what its members share:
 * <ul>
 *   <li>a chain of stages, each pair with a channel of its own (a prime sieve, a pipeline):
 *       the halves meet only at the cut, and two carriers run it up to twice as fast (Go's
 *       sieve of 2,000 primes: 627-786 ms on one P, 344-355 on two, measured);</li>
 *   <li>goroutines sharing one channel (4 producers and 4 consumers, 100 and 100) or a
 *       selector and its producers: split, both carriers fight over the same channel locks,
 *       and the group runs slower than on one P (100x100 unbuffered with every ring split
 *       after the grace: 702-821 ns a message, against 385-560 with the ring rule alone).</li>
 * </ul>
 * The difference shows in {@link go4j.internal.base.SpinLock#contentions()}: with every
 * ring split, the 100x100 group found a lock held on 35% of its operations, 4x4 on 2%, select
 * over 2 on 0.4%, and the sieve on 29 of some 6 million hand-offs. So the gate lets one split
 * happen at a time and judges it by the lock contention since, at the first look at least
 * {@link #JUDGE_NANOS} later (sysmon's tick, or a spinner asking for the next split). More
 * than {@link #CONTENDED_PER_MS} contended acquisition per millisecond bans splits: for 1 ms,
 * then twice as long each time a split hurts again, up to {@code JUDGE_NANOS << MAX_BAN_SHIFT};
 * a harmless split resets the doubling. A ban stops further splits; it does not undo one.
 *
 * <p>The count is process-wide: contention from elsewhere in the program (or another
 * scheduler's lock) also bans splits, which then leaves rings as the ring rule alone would.
 *
 * <p>Invariants: the state changes only under this object's monitor, entered by spinners
 * after their grace sleep (every 20 µs or more) and by sysmon while a split is judged, never
 * on a hand-off. At most one split is reserved or being judged at a time ({@link #judging}).
 */
final class SplitGate {
    static final long NANOS_PER_MS = 1_000_000;
    /** How long after a split its contention is counted before it is judged. */
    static final long JUDGE_NANOS = NANOS_PER_MS;
    /** A split hurt if locks were found held more often than this per millisecond after it. */
    static final long CONTENDED_PER_MS = 1;
    /** The longest ban is JUDGE_NANOS times 2 to this power (256 ms). */
    static final int MAX_BAN_SHIFT = 8;

    private final LongAdder bans; // bans imposed, for Stats

    private volatile boolean judging; // a split is reserved or made and not judged yet; written under the monitor
    private long splitAt;             // System.nanoTime() of that split
    private long splitMark;           // SpinLock.contentions() at that split
    private boolean banned;           // no split before banUntil
    private long banUntil;
    private int banShift;             // the next ban lasts JUDGE_NANOS << banShift

    SplitGate(LongAdder bans) {
        this.bans = bans;
    }

    /**
     * Reserves the split, if one is allowed at {@code now} (judging the last one first if it
     * is due). True: the caller may take half a ring, and must call {@link #cancel} if it
     * found nothing to take.
     */
    synchronized boolean tryReserve(long now, long contentions) {
        judgeIfDue(now, contentions);
        if (judging) {
            return false;
        }
        if (banned) {
            if (now - banUntil < 0) {
                return false;
            }
            banned = false;
        }
        judging = true;
        splitAt = now;
        splitMark = contentions;
        return true;
    }

    /** The reserved split took nothing: forget it. */
    synchronized void cancel() {
        judging = false;
    }

    /** Whether a split waits to be judged (sysmon then calls {@link #judge}). */
    boolean judging() {
        return judging;
    }

    /** Judges the split made, if its time has come. */
    synchronized void judge(long now, long contentions) {
        judgeIfDue(now, contentions);
    }

    private void judgeIfDue(long now, long contentions) {
        long elapsed = now - splitAt;
        if (!judging || elapsed < JUDGE_NANOS) {
            return;
        }
        judging = false;
        if (hurt(contentions - splitMark, elapsed)) {
            banned = true;
            banUntil = now + (JUDGE_NANOS << banShift);
            banShift = Math.min(banShift + 1, MAX_BAN_SHIFT);
            bans.increment();
        } else {
            banShift = 0;
        }
    }

    /** Whether {@code contended} lock waits over {@code elapsed} ns mean the split hurt. */
    static boolean hurt(long contended, long elapsed) {
        return contended * NANOS_PER_MS > CONTENDED_PER_MS * elapsed;
    }
}
