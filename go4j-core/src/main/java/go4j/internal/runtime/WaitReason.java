package go4j.internal.runtime;

/**
 * Why a goroutine is parked, in the words Go's goroutine dumps use (runtime/runtime2.go's
 * waitReason strings; the sync ones as Go 1.20+ names them).
 *
 * <p>{@link #asleep} says whether a goroutine parked for this reason can only be woken by
 * another goroutine: deadlock detection requires it of every goroutine. A goroutine in
 * {@code sleep} is woken by a timer, so it is awake in that sense. {@link #channel} marks the
 * waits that the JFR channel-block event reports; {@link #spin} the waits worth a short spin.
 */
public enum WaitReason {
    /** A receive from a channel. */
    CHAN_RECEIVE("chan receive", true, true, true),
    /** A send on a channel. */
    CHAN_SEND("chan send", true, true, true),
    /** A receive from a nil channel: blocks forever. */
    CHAN_RECEIVE_NIL("chan receive (nil chan)", true, true, false),
    /** A send on a nil channel: blocks forever. */
    CHAN_SEND_NIL("chan send (nil chan)", true, true, false),
    /** A select with at least one case. */
    SELECT("select", true, true, true),
    /** A select with no cases: blocks forever. */
    SELECT_NO_CASES("select (no cases)", true, true, false),
    /** {@code sync.WaitGroup.Wait}. */
    WAIT_GROUP("sync.WaitGroup.Wait", true, false, false),
    /** {@code sync.Mutex.Lock}. */
    MUTEX("sync.Mutex.Lock", true, false, true),
    /** {@code sync.RWMutex.RLock}. */
    RW_MUTEX_R("sync.RWMutex.RLock", true, false, true),
    /** {@code sync.RWMutex.Lock}. */
    RW_MUTEX("sync.RWMutex.Lock", true, false, true),
    /** {@code sync.Cond.Wait}. */
    SYNC_COND("sync.Cond.Wait", true, false, false),
    /** A semaphore acquire. */
    SEMACQUIRE("semacquire", true, false, false),
    /** A sleep: a timer ends it. */
    SLEEP("sleep", false, false, false),
    /** {@code synctest.Wait}: the bubble's root ends it once every other goroutine of the bubble is durably blocked. */
    SYNCTEST_WAIT("synctest.Wait", true, false, false);

    /** Go's text, as printed in {@code goroutine 7 [chan receive]:}. */
    public final String text;
    /** True when only another goroutine can end this wait. */
    public final boolean asleep;
    /** True for a channel operation or a select. */
    public final boolean channel;
    /**
     * True when the wait is often over within a microsecond or two because a goroutine running
     * on another carrier is about to end it (a channel partner, a lock holder): worth a short
     * spin before parking ({@link Park}).
     */
    public final boolean spin;

    WaitReason(String text, boolean asleep, boolean channel, boolean spin) {
        this.text = text;
        this.asleep = asleep;
        this.channel = channel;
        this.spin = spin;
    }

    @Override
    public String toString() {
        return text;
    }
}
