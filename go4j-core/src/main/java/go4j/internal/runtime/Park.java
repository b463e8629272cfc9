package go4j.internal.runtime;

import go4j.internal.jfr.Events;
import jdk.jfr.Event;

import java.util.concurrent.locks.LockSupport;

/**
 * The one place goroutines park in go4j primitives. Every wait goes through here so that dumps
 * and deadlock detection see its {@link WaitReason} and its wait object, and JFR sees channel
 * blocking.
 *
 * <p>Interrupts: a park returns early when the thread's interrupt flag is set, leaving the
 * flag set; the caller then withdraws its sudog under its lock, or finds the operation already
 * completed and keeps the result. Nothing is lost or duplicated either way. A goroutine whose
 * program was torn down (after a deadlock or a panic) is interrupted the same way, and
 * {@link #interrupted} then unwinds it with {@link Goexit} instead of an exception user code
 * might catch.
 *
 * <p>Cost of the accounting on each park: {@link G#beginWait} and {@link G#endWait} (a few
 * plain stores, no shared counter, no clock call) and one JFR enabled-flag check.
 */
public final class Park {
    private Park() {
    }

    /**
     * Parks until {@code s} is completed ({@code s.done}); false if the thread was interrupted
     * first. The caller holds no lock.
     */
    public static boolean awaitDone(Sudog s, WaitReason reason, Object blocker) {
        return awaitDone(s, reason, blocker, 0);
    }

    private static boolean awaitDone(Sudog s, WaitReason reason, Object blocker, long chanId) {
        if (s.done) {
            return true;
        }
        G g = G.beginWait(reason, s);
        Event block = reason.channel ? Events.channelBlockBegin() : null;
        try {
            Thread self = Thread.currentThread();
            while (!s.done) {
                if (self.isInterrupted()) {
                    return s.done;
                }
                LockSupport.park(blocker);
            }
            return true;
        } finally {
            G.endWait(g);
            if (block != null) {
                Events.channelBlockEnd(block, reason.text, chanId, g == null ? 0 : g.id, g == null ? 0 : g.program.seq);
            }
        }
    }

    /**
     * Parks until {@code s} is completed; when interrupted first, withdraws {@code s} from
     * {@code q} under {@code lock} and throws {@link go4j.Interrupted} — unless {@code s} was
     * completed meanwhile, in which case the operation happened and this returns normally.
     * Either way the interrupt flag stays set.
     */
    public static void await(Sudog s, WaitQueue q, SpinLock lock, WaitReason reason, Object blocker, String op) {
        if (!awaitDone(s, reason, blocker, lock.order)) {
            lock.lock();
            if (!s.done) {
                q.remove(s);
                lock.unlock();
                throw interrupted(op);
            }
            lock.unlock();
        }
    }

    /** Parks until a case of {@code sel} fired; false if interrupted first. */
    public static boolean awaitFired(SelectWaiter sel, WaitReason reason, Object blocker) {
        if (sel.fired != null) {
            return true;
        }
        G g = G.beginWait(reason, sel);
        Event block = Events.channelBlockBegin();
        try {
            Thread self = Thread.currentThread();
            while (sel.fired == null) {
                if (self.isInterrupted()) {
                    return sel.fired != null;
                }
                LockSupport.park(blocker);
            }
            return true;
        } finally {
            G.endWait(g);
            if (block != null) {
                Events.channelBlockEnd(block, reason.text, 0, g == null ? 0 : g.id, g == null ? 0 : g.program.seq);
            }
        }
    }

    /**
     * Parks forever (a nil channel, an empty select): returns only by throwing when the
     * thread is interrupted, which leaves the flag set.
     */
    public static RuntimeException forever(WaitReason reason, String what) {
        G g = G.beginWait(reason);
        try {
            Thread self = Thread.currentThread();
            while (!self.isInterrupted()) {
                LockSupport.park(reason);
            }
        } finally {
            G.endWait(g);
        }
        return interrupted(what);
    }

    /**
     * The unchecked exception an interrupted blocking operation throws. On a goroutine whose
     * program was torn down, throws {@link Goexit} instead, so the goroutine unwinds.
     */
    public static RuntimeException interrupted(String what) {
        G g = G.current();
        if (g != null && g.killed) {
            throw new Goexit();
        }
        return new go4j.Interrupted(what);
    }
}
