package go4j.context;

import go4j.internal.base.SpinLock;
import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import go4j.RecvChan;
import go4j.internal.jfr.Events;
import jdk.jfr.Event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Go's {@code cancelCtx}: a context that can be canceled, and that cancels its children with
 * it. {@link TimerCtx} (a deadline) and {@link AfterFuncCtx} (Go's {@code AfterFunc}) extend it.
 */
class CancelCtx implements Context {
    /*
     * Implementation overview: Go's context.go, with every walk iterative.
     *
     * Invariants:
     *   - err goes from null to non-null once, under lock, by the first cancel; cause is written
     *     just before it (so whoever reads err non-null also sees cause).
     *   - done goes null -> a fresh channel (done(), by CAS) -> closed by the first cancel; or
     *     null -> CLOSED_CHAN when the cancel comes first (the CAS in cancelOne, made after err
     *     is written, so a reader that finds done closed finds err set). It never changes once
     *     non-null. err() returns non-null only after done is closed (doneClosed).
     *   - The children list holds exactly the children registered with this context that are
     *     neither canceled by it nor removed; it is empty (firstChild null) once err != null, and
     *     nothing is added after that.
     *   - A child is in at most one list, its registeredWith's, and its sibling links and linked
     *     flag are guarded by that parent's lock.
     *
     * Canceling a subtree: cancelOne(ctx) sets err and cause, detaches the children list under
     * the lock, then - after unlocking - closes done (which wakes the goroutines in select on
     * it), runs the subclass hook (stop the timer, start an AfterFunc) and hands back the
     * detached list. cancel() works through those lists with an explicit stack, so a
     * 100,000-deep chain cancels without recursion. Go holds the parent's lock while it cancels
     * each child; here no lock is ever held across another, so lock order is no concern.
     *
     * The window between "err set" and "done closed": err() waits it out (it is a few
     * instructions on the canceler's side, with no lock held and nothing that can block),
     * so that err() != null always means done() is closed (Go's issue 75533). A goroutine
     * that saw done closed sees err set, since err is written before the close.
     */

    private static final VarHandle DONE;

    static {
        try {
            DONE = MethodHandles.lookup().findVarHandle(CancelCtx.class, "done", Chan.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Go's embedded Context: the parent (for an AfterFuncCtx, the context it watches). */
    final Context parent;
    /**
     * Guards err's transition, cause, the children list and count, the sibling links of the
     * children, and TimerCtx.timer. Never held while closing done, running user code,
     * canceling a timer, starting a goroutine, or while holding another context's lock.
     */
    final SpinLock lock = new SpinLock();
    @SuppressWarnings("unused") // through DONE: null, a channel, or CLOSED_CHAN; see invariants
    private volatile Chan<Void> done;
    volatile RuntimeException err;     // null until the first cancel (written under lock)
    private Throwable cause;           // written under lock just before err; read after err
    private volatile boolean doneClosed; // set by the first cancel once done is closed
    private CancelCtx firstChild;      // head of the children list (under lock); null after cancel
    private int childCount;            // length of the list (under lock; read racily by TimerCtx)

    // This context's place in its parent's list: guarded by registeredWith.lock.
    private CancelCtx prevSibling, nextSibling;
    private boolean linked;
    /**
     * The CancelCtx whose children list this context joined, or null (no cancelable ancestor,
     * or one we could not see through). Written once by propagateCancel, before the context is
     * handed to anyone.
     */
    private CancelCtx registeredWith;

    CancelCtx(Context parent) {
        this.parent = parent;
    }

    // ---- Context ----

    @Override
    public Optional<Instant> deadline() {
        return Contexts.deadline(parent);
    }

    @Override
    @SuppressWarnings("unchecked")
    public RecvChan<Void> done() {
        Chan<Void> d = (Chan<Void>) DONE.getAcquire(this);
        if (d != null) {
            return d;
        }
        // Lazily, as Go does: most contexts are canceled without anyone asking for done().
        // Whoever installs first wins: a fresh channel here or CLOSED_CHAN in cancelOne.
        Chan<Void> fresh = new Chan<>();
        d = (Chan<Void>) DONE.compareAndExchange(this, null, fresh);
        return d == null ? fresh : d;
    }

    /** The done channel if someone asked for it (or the cancel installed CLOSED_CHAN), else null. */
    final Object doneIfCreated() {
        return DONE.getAcquire(this);
    }

    @Override
    public RuntimeException err() {
        RuntimeException e = err;
        if (e != null && !doneClosed) {
            awaitDoneClosed();
        }
        return e;
    }

    @Override
    public Object value(Object key) {
        return Contexts.value(this, key);
    }

    @Override
    public String toString() {
        return Contexts.name(this);
    }

    /** The cause, once canceled; null before. Read err first: cause is published with it. */
    final Throwable causeIfCanceled() {
        return err != null ? cause : null;
    }

    /**
     * err is set but the canceler has not yet closed done: it is between its unlock and its
     * close, which takes no lock a waiter could hold and never blocks. Spin, then yield.
     */
    private void awaitDoneClosed() {
        for (int spins = 0; !doneClosed; spins++) {
            if (spins < 64) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    // ---- joining the tree ----

    /**
     * Go's propagateCancel: arranges for this context to be canceled when {@code parent} is.
     * Called once, from the factory, before the context is handed to anyone.
     */
    final void propagateCancel(Context parent) {
        RecvChan<Void> pd = parent.done();
        if (pd == null || pd == (Object) Chan.nil()) {
            return; // the parent is never canceled
        }
        if (pd.tryRecv() != null) { // nobody sends on a done channel: it is closed
            cancel(false, parent.err(), Contexts.cause(parent));
            return;
        }
        CancelCtx p = Contexts.parentCancelCtx(parent, pd);
        if (p != null) {
            RuntimeException pe;
            Throwable pc = null;
            p.lock.lock();
            pe = p.err;
            if (pe != null) {
                pc = p.cause;
            } else {
                CancelCtx head = p.firstChild;
                nextSibling = head;
                if (head != null) {
                    head.prevSibling = this;
                }
                p.firstChild = this;
                p.childCount++;
                linked = true;
                registeredWith = p;
            }
            p.lock.unlock();
            if (pe != null) {
                cancel(false, pe, pc); // the parent was canceled meanwhile
            }
            return;
        }
        // A context we cannot see into: watch it from a goroutine, as Go does. It ends when
        // either side is done.
        Contexts.WATCHERS_STARTED.increment();
        Contexts.WATCHERS_LIVE.increment();
        RecvChan<Void> mine = done();
        Go.go(() -> {
            try {
                Go.select(
                        pd.onRecv(x -> {
                            cancel(false, parent.err(), Contexts.cause(parent));
                            return null;
                        }),
                        mine.onRecv());
            } finally {
                Contexts.WATCHERS_LIVE.decrement();
            }
        });
    }

    // ---- canceling ----

    /**
     * Go's cancelCtx.cancel: closes done, cancels every descendant with the same err and cause
     * and, if {@code removeFromParent}, leaves the parent's children list. A null cause means
     * err. Does nothing if already canceled.
     */
    final void cancel(boolean removeFromParent, RuntimeException err, Throwable cause) {
        if (err == null) {
            throw new Panic("context: internal error: missing cancel error");
        }
        Event recorded = Events.contextCancelBegin(); // null unless a JFR recording wants it
        Throwable given = cause;
        if (cause == null) {
            cause = err;
        }
        CancelCtx kids = cancelOne(err, cause);
        if (removeFromParent) {
            removeFromParent();
        }
        if (kids == ALREADY_CANCELED) {
            return;
        }
        long descendants = kids == null ? 0 : cancelAll(kids, err, cause);
        if (recorded != null) {
            Events.contextCancelEnd(recorded, this, err, given, descendants);
        }
    }

    /**
     * What {@link #cancelOne} returns for a context that was canceled before (null means: canceled
     * now, no children). Never a context anyone uses.
     */
    private static final CancelCtx ALREADY_CANCELED = new CancelCtx(null);

    /**
     * Cancels the detached lists of children, and theirs, iteratively (no recursion); returns
     * how many contexts this canceled.
     */
    private static long cancelAll(CancelCtx list, RuntimeException err, Throwable cause) {
        long canceled = 0;
        ArrayDeque<CancelCtx> lists = null;
        for (;;) {
            for (CancelCtx c = list, next; c != null; c = next) {
                // The list was detached under the parent's lock while the parent became
                // canceled: nobody else reads or writes these links any more.
                next = c.nextSibling;
                c.nextSibling = null;
                c.prevSibling = null;
                c.linked = false;
                CancelCtx grandKids = c.cancelOne(err, cause);
                if (grandKids == ALREADY_CANCELED) {
                    continue; // by a cancel of its own, racing this one
                }
                canceled++;
                if (grandKids != null) {
                    if (lists == null) {
                        lists = new ArrayDeque<>();
                    }
                    lists.push(grandKids);
                }
            }
            if (lists == null || (list = lists.poll()) == null) {
                return canceled;
            }
        }
    }

    /**
     * Cancels this context alone: sets err and cause, closes done, runs the subclass hook.
     * Returns its detached children list (to be canceled by the caller), null if it has none,
     * or {@link #ALREADY_CANCELED}.
     */
    @SuppressWarnings("unchecked")
    private CancelCtx cancelOne(RuntimeException e, Throwable c) {
        lock.lock();
        if (err != null) {
            lock.unlock();
            return ALREADY_CANCELED;
        }
        // err before done: whoever sees CLOSED_CHAN in done (a lock-free read) must also see
        // err, or propagateCancel would cancel a child with a null err. A done() racing in
        // between installs a fresh channel, which the CAS below then finds and closes.
        cause = c;
        err = e;
        Chan<Void> d = (Chan<Void>) DONE.compareAndExchange(this, null, Contexts.CLOSED_CHAN);
        CancelCtx kids = firstChild;
        firstChild = null;
        childCount = 0;
        lock.unlock();
        if (d != null) {
            d.close(); // wakes every goroutine waiting on it; outside the lock
        }
        doneClosed = true;
        onCancel();
        return kids;
    }

    /** Called once, by the first cancel, after done is closed; no lock held. */
    void onCancel() {
    }

    /** Go's removeChild: leaves the parent's children list, if still in it. */
    private void removeFromParent() {
        CancelCtx p = registeredWith;
        if (p == null) {
            return;
        }
        p.lock.lock();
        if (p.err == null && linked) { // once p is canceled, its canceler owns the links
            CancelCtx prev = prevSibling, next = nextSibling;
            if (prev != null) {
                prev.nextSibling = next;
            } else {
                p.firstChild = next;
            }
            if (next != null) {
                next.prevSibling = prev;
            }
            prevSibling = null;
            nextSibling = null;
            linked = false;
            p.childCount--;
        }
        p.lock.unlock();
    }

    // ---- for TimerCtx and tests ----

    /** Number of children in the list (Go's len(children)). */
    final int childCount() {
        lock.lock();
        int n = childCount;
        lock.unlock();
        return n;
    }

    /** childCount read without the lock: a hint only. */
    final boolean hasChildrenRacy() {
        return childCount != 0;
    }
}
