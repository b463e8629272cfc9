package go4j.internal.sched;

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
 *       and the group ran slower than on one P (100x100 unbuffered: 385-560 ns a message
 *       unsplit, 700-820 split).</li>
 * </ul>
 * The difference shows in {@link go4j.internal.runtime.SpinLock#contentions()}: with splits
 * allowed, the 100x100 group found a lock held on 35% of its operations, 4x4 on 2%, select
 * over 2 on 0.4%, and the sieve on 29 of some 6 million hand-offs. So the gate lets a split
 * happen, judges it by the lock contention in the {@link #JUDGE_NANOS} after it, and bans
 * splits for a while when it hurt: 1 ms, then doubling while splits keep hurting, up to
 * {@code JUDGE_NANOS << MAX_BAN_SHIFT}. A split that did not hurt clears the ban's growth.
 *
 * <p>Invariants: the state changes only under this object's monitor, taken at most once per
 * grace sleep by each spinner (every 20 µs or more), never on a hand-off. At most one split
 * is being judged at a time: no split is allowed while one is.
 */
final class SplitGate {
    /** How long after a split its contention is counted before it is judged. */
    static final long JUDGE_NANOS = 1_000_000;
    /** A split hurt if locks were found held more often than this per millisecond after it. */
    static final long CONTENDED_PER_MS = 1;
    /** The longest ban is JUDGE_NANOS times 2 to this power (256 ms). */
    static final int MAX_BAN_SHIFT = 8;

    private boolean judging;  // a split was made at splitAt and is not judged yet
    private long splitAt;     // System.nanoTime() of that split
    private long splitMark;   // SpinLock.contentions() at that split
    private boolean banned;   // no split before banUntil
    private long banUntil;
    private int banShift;     // the next ban lasts JUDGE_NANOS << banShift

    /** Bans ever imposed, for stats. */
    private long bans;

    /**
     * Whether a split is allowed at {@code now}, given the lock contentions so far; judges the
     * last split first if its time has come.
     */
    synchronized boolean mayAt(long now, long contentions) {
        if (judging) {
            long elapsed = now - splitAt;
            if (elapsed < JUDGE_NANOS) {
                return false;
            }
            judging = false;
            if (hurt(contentions - splitMark, elapsed)) {
                banned = true;
                banUntil = now + (JUDGE_NANOS << banShift);
                banShift = Math.min(banShift + 1, MAX_BAN_SHIFT);
                bans++;
            } else {
                banShift = 0;
            }
        }
        if (banned) {
            if (now - banUntil < 0) {
                return false;
            }
            banned = false;
        }
        return true;
    }

    /** Records a split made at {@code now}: it is judged {@link #JUDGE_NANOS} later. */
    synchronized void splitAt(long now, long contentions) {
        judging = true;
        splitAt = now;
        splitMark = contentions;
    }

    /** Whether {@code contended} lock waits over {@code elapsed} ns mean the split hurt. */
    static boolean hurt(long contended, long elapsed) {
        return contended * 1_000_000 > CONTENDED_PER_MS * elapsed;
    }

    synchronized long bans() {
        return bans;
    }
}
