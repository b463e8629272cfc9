package go4j.internal.runtime;

/**
 * Why a goroutine is parked, in the words Go's goroutine dumps use (runtime/runtime2.go's
 * waitReason strings).
 *
 * <p>{@link #asleep} says whether a goroutine parked for this reason can only be woken by
 * another goroutine: deadlock detection counts those. A goroutine in {@code sleep} is woken by
 * a timer, so it is not asleep in that sense.
 */
public enum WaitReason {
    CHAN_RECEIVE("chan receive", true),
    CHAN_SEND("chan send", true),
    CHAN_RECEIVE_NIL("chan receive (nil chan)", true),
    CHAN_SEND_NIL("chan send (nil chan)", true),
    SELECT("select", true),
    SELECT_NO_CASES("select (no cases)", true),
    WAIT_GROUP("sync.WaitGroup.Wait", true),
    MUTEX("sync.Mutex.Lock", true),
    RW_MUTEX_R("sync.RWMutex.RLock", true),
    RW_MUTEX("sync.RWMutex.Lock", true),
    SYNC_COND("sync.Cond.Wait", true),
    SEMACQUIRE("semacquire", true),
    SLEEP("sleep", false);

    /** Go's text, as printed in {@code goroutine 7 [chan receive]:}. */
    public final String text;
    /** True when only another goroutine can end this wait. */
    public final boolean asleep;

    WaitReason(String text, boolean asleep) {
        this.text = text;
        this.asleep = asleep;
    }

    @Override
    public String toString() {
        return text;
    }
}
