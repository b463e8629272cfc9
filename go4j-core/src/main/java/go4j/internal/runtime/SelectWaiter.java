package go4j.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The state a blocked {@code select} shares among its sudogs (Go's {@code g.selectDone} and
 * {@code g.param}).
 *
 * <p>Invariants: {@link #state} moves once, from {@link #WAITING} to {@link #CLAIMED} (a
 * waker on one of the channels won the select) or to {@link #CANCELED} (the select's own
 * goroutine gave up, on interrupt). Only the claimer writes {@link #fired}, while holding the
 * lock of the channel it fired on. Only the select's own goroutine writes {@link #parked},
 * false to true once, before its first park; a waker unparks it only if it reads it true
 * after publishing {@link #fired} (see {@link Sudog#wakeOne()}).
 */
final class SelectWaiter {
    /** Parked, no case taken yet. Initial state. */
    static final int WAITING = 0;
    /** A waker won the select and completes one case; set by {@link #claim()}. Final. */
    static final int CLAIMED = 1;
    /** The select's goroutine was interrupted and withdrew; set by {@link #cancel()}. Final. */
    static final int CANCELED = 2;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SelectWaiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;
    /** The sudog whose case completed; non-null publishes its elem and success. */
    volatile Sudog fired;
    /** Set by the select's goroutine before it first parks; see {@link Sudog#wakeOne()}. */
    volatile boolean parked;
    boolean durable;             // every channel is of the caller's synctest bubble; set before the wait is published

    /** A waker's attempt to take this select; false if another case or a cancel won. */
    boolean claim() {
        return STATE.compareAndSet(this, WAITING, CLAIMED);
    }

    /** The select's own attempt to withdraw; false if a waker already claimed it. */
    boolean cancel() {
        return STATE.compareAndSet(this, WAITING, CANCELED);
    }
}
