package go4j.internal.runtime;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Go's select statement: runtime/select.go's {@code selectgo}, over {@link HChan}s.
 * {@code go4j.Go.select} hands it the cases as they are and a {@link Cases} that reads them
 * (the runtime cannot name {@code go4j.Case}); like {@link HChan}, it reports what Go panics
 * with as a result ({@link #SEND_ON_CLOSED}, ...) and the public face throws.
 */
public final class Selectgo {
    /*
     * Implementation overview.
     *
     * 1. Cases on nil channels are dropped: they are never ready. The rest get a random poll
     *    order (a Fisher-Yates shuffle: every ready case is equally likely to win) and a lock
     *    order (by channel id, duplicates adjacent, each channel locked once).
     * 2. With every channel locked, the cases are polled in poll order; the first ready one
     *    completes exactly as the plain operation would, and the select returns its function's
     *    result after unlocking. A send case on a closed channel panics when polled.
     * 3. None ready: the default case if there is one. Otherwise one sudog per case, all
     *    sharing a SelectWaiter, goes into the wait queues; unlock; park.
     * 4. A waker on any channel must win SelectWaiter.claim() (a CAS) before it may complete a
     *    sudog, so exactly one case fires; losers are skipped by WaitQueue.dequeue. After
     *    waking, the select locks every channel again and withdraws its other sudogs, so no
     *    waiter is left behind. On interrupt it withdraws by winning SelectWaiter.cancel(); if
     *    a waker won first, the case it completed is the select's result.
     */
    private Selectgo() {
    }

    /**
     * How selectgo reads the cases it is given, and runs the one chosen. Implemented once, by
     * the public face; each method takes one element of the cases array.
     */
    public interface Cases {
        /**
         * The case's channel ({@link HChan#NIL} for a nil one), or null for the default.
         *
         * @param c a case
         * @return its channel, or null for the default
         */
        HChan chan(Object c);

        /**
         * True for a send case.
         *
         * @param c a case
         * @return whether it is a send case
         */
        boolean isSend(Object c);

        /**
         * The value a send case sends.
         *
         * @param c a send case
         * @return the value to send
         */
        Object elem(Object c);

        /**
         * Runs a receive case's function on what it received, after every lock is released.
         *
         * @param c the chosen receive case
         * @param v the value received; null when {@code ok} is false
         * @param ok false if the channel was closed and drained
         * @return what the case's function returns
         */
        Object received(Object c, Object v, boolean ok);

        /**
         * Runs a send case's or the default's function, after every lock is released.
         *
         * @param c the chosen send case or the default
         * @return what the case's function returns
         */
        Object ran(Object c);
    }

    /** Go's panic "send on closed channel": a send case on a closed channel was chosen. */
    public static final Object SEND_ON_CLOSED = new Object();
    /** The thread was interrupted while the select waited; no case ran. */
    public static final Object INTERRUPTED = new Object();
    /** More than one default case: a Java caller's misuse (Go's compiler rejects it). */
    public static final Object MULTIPLE_DEFAULTS = new Object();

    /** Result: a case's channel belongs to a synctest bubble the caller is not in (Go: fatal error). */
    public static final Object OUTSIDE_BUBBLE = new Object();

    /**
     * Chooses a ready case, or the default, or waits for a case to become ready, and returns
     * what its function returns; or one of {@link #SEND_ON_CLOSED}, {@link #INTERRUPTED},
     * {@link #MULTIPLE_DEFAULTS}.
     *
     * @param cases the select's cases, read through {@code view}
     * @param view how to read and run the cases
     * @return the chosen case's result, or one of the sentinel constants
     * @throws NullPointerException if {@code cases} or one of its elements is null
     */
    public static Object selectgo(Object[] cases, Cases view) {
        Objects.requireNonNull(cases, "cases");
        int n = cases.length;
        if (n == 0) {
            Park.forever(WaitReason.SELECT_NO_CASES);
            return INTERRUPTED;
        }
        Object dflt = null;
        int live = 0;
        boolean durable = true; // every live case's channel is of a bubble (the caller's): Go's allSynctest
        for (Object c : cases) {
            Objects.requireNonNull(c, "select case");
            HChan ch = view.chan(c);
            if (ch == null) {
                if (dflt != null) {
                    return MULTIPLE_DEFAULTS;
                }
                dflt = c;
            } else if (!ch.isNil) {
                live++;
                if (ch.bubble == null) {
                    durable = false;
                } else if (ch.outsideBubble()) {
                    return OUTSIDE_BUBBLE;
                }
            }
        }
        if (live == 0) {
            if (dflt != null) {
                return view.ran(dflt);
            }
            Park.forever(WaitReason.SELECT);
            return INTERRUPTED;
        }

        // Poll order: a uniformly random permutation of the live cases.
        int[] poll = new int[live];
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0, k = 0; i < n; i++) {
            HChan ch = view.chan(cases[i]);
            if (ch != null && !ch.isNil) {
                int j = rnd.nextInt(k + 1);
                poll[k] = poll[j];
                poll[j] = i;
                k++;
            }
        }
        // Lock order: by channel id (insertion sort: selects are small).
        int[] order = new int[live];
        for (int k = 0; k < live; k++) {
            int i = poll[k];
            long id = view.chan(cases[i]).order;
            int j = k;
            while (j > 0 && view.chan(cases[order[j - 1]]).order > id) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }

        lockAll(cases, order, view);

        // Pass 1: look for a ready case, in poll order.
        for (int k = 0; k < live; k++) {
            int i = poll[k];
            Object c = cases[i];
            HChan ch = view.chan(c);
            if (view.isSend(c)) {
                if (ch.closed) {
                    unlockAll(cases, order, view);
                    return SEND_ON_CLOSED;
                }
                Sudog receiver = ch.recvq.dequeue();
                if (receiver != null) {
                    receiver.complete(view.elem(c), true);
                    unlockAll(cases, order, view);
                    receiver.wakeOne();
                    return view.ran(c);
                }
                if (ch.qcount() < ch.capacity) {
                    ch.put(view.elem(c));
                    unlockAll(cases, order, view);
                    return view.ran(c);
                }
            } else {
                Sudog sender = ch.sendq.dequeue();
                if (sender != null) {
                    Object v = ch.recvFrom(sender);
                    unlockAll(cases, order, view);
                    sender.wakeOne();
                    return view.received(c, v, true);
                }
                if (ch.qcount() > 0) {
                    Object v = ch.take();
                    unlockAll(cases, order, view);
                    return view.received(c, v, true);
                }
                if (ch.closed) {
                    unlockAll(cases, order, view);
                    return view.received(c, null, false);
                }
            }
        }
        if (dflt != null) {
            unlockAll(cases, order, view);
            return view.ran(dflt);
        }

        // Pass 2: wait on every case.
        SelectWaiter sel = null;
        Sudog[] sudogs = null;
        try {
            sel = new SelectWaiter();
            sel.durable = durable;
            sudogs = new Sudog[n];
            Thread self = Thread.currentThread();
            for (int k = 0; k < live; k++) {
                int i = order[k];
                boolean send = view.isSend(cases[i]);
                Sudog s = new Sudog(self, send ? view.elem(cases[i]) : null, sel, i);
                sudogs[i] = s;
                queueOf(cases[i], view).enqueue(s);
            }
        } catch (Throwable e) {
            // An allocation failed under the locks: withdraw what was enqueued, let go of the
            // locks, and let the error propagate (see SpinLock).
            for (int k = 0; sudogs != null && k < live; k++) {
                int i = order[k];
                if (sudogs[i] != null) {
                    queueOf(cases[i], view).remove(sudogs[i]);
                }
            }
            unlockAll(cases, order, view);
            throw e;
        }
        unlockAll(cases, order, view);

        boolean fired = Park.awaitFired(sel, WaitReason.SELECT, sel);
        boolean canceled = !fired && sel.cancel();

        // Pass 3: withdraw from every queue but the one that fired. Taking every lock also
        // makes the winner's writes visible when a waker claimed us while we were giving up.
        lockAll(cases, order, view);
        Sudog win = sel.fired;
        for (int k = 0; k < live; k++) {
            int i = order[k];
            Sudog s = sudogs[i];
            if (s != win) {
                queueOf(cases[i], view).remove(s);
            }
        }
        unlockAll(cases, order, view);
        if (canceled) {
            Park.exitIfKilled();
            return INTERRUPTED;
        }
        Object c = cases[win.caseIndex];
        if (view.isSend(c)) {
            return win.success ? view.ran(c) : SEND_ON_CLOSED;
        }
        return view.received(c, win.elem, win.success);
    }

    private static WaitQueue queueOf(Object c, Cases view) {
        HChan ch = view.chan(c);
        return view.isSend(c) ? ch.sendq : ch.recvq;
    }

    private static void lockAll(Object[] cases, int[] order, Cases view) {
        HChan prev = null;
        for (int i : order) {
            HChan ch = view.chan(cases[i]);
            if (ch != prev) {
                ch.lock();
                prev = ch;
            }
        }
    }

    private static void unlockAll(Object[] cases, int[] order, Cases view) {
        HChan prev = null;
        for (int i : order) {
            HChan ch = view.chan(cases[i]);
            if (ch != prev) {
                ch.unlock();
                prev = ch;
            }
        }
    }
}
