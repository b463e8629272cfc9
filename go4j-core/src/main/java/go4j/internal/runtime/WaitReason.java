package go4j.internal.runtime;

/**
 * Why a goroutine is parked, in the words Go's goroutine dumps use (runtime/runtime2.go's
 * waitReason strings; the sync ones as Go 1.20+ names them).
 *
 * <p>{@link #asleep} says whether a goroutine parked for this reason can only be woken by
 * another goroutine: deadlock detection requires it of every goroutine. A goroutine in
 * {@code sleep} is woken by a timer, so it is awake in that sense. {@link #channel} marks the
 * waits that the JFR channel-block event reports.
 */
public enum WaitReason {
    CHAN_RECEIVE("chan receive", true, true),
    CHAN_SEND("chan send", true, true),
    CHAN_RECEIVE_NIL("chan receive (nil chan)", true, true),
    CHAN_SEND_NIL("chan send (nil chan)", true, true),
    SELECT("select", true, true),
    SELECT_NO_CASES("select (no cases)", true, true),
    WAIT_GROUP("sync.WaitGroup.Wait", true, false),
    MUTEX("sync.Mutex.Lock", true, false),
    RW_MUTEX_R("sync.RWMutex.RLock", true, false),
    RW_MUTEX("sync.RWMutex.Lock", true, false),
    SYNC_COND("sync.Cond.Wait", true, false),
    SEMACQUIRE("semacquire", true, false),
    SLEEP("sleep", false, false);

    /** Go's text, as printed in {@code goroutine 7 [chan receive]:}. */
    public final String text;
    /** True when only another goroutine can end this wait. */
    public final boolean asleep;
    /** True for a channel operation or a select. */
    public final boolean channel;

    WaitReason(String text, boolean asleep, boolean channel) {
        this.text = text;
        this.asleep = asleep;
        this.channel = channel;
    }

    @Override
    public String toString() {
        return text;
    }
}
