package go4j;

import go4j.internal.runtime.Park;
import go4j.internal.runtime.SelectWaiter;
import go4j.internal.runtime.Sudog;
import go4j.internal.runtime.WaitReason;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Go's select statement (runtime/select.go's selectgo).
 */
final class Select {
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
    private Select() {
    }

    static <R> R select(Case<? extends R>[] cases) {
        Objects.requireNonNull(cases, "cases");
        int n = cases.length;
        if (n == 0) {
            Park.forever(WaitReason.SELECT_NO_CASES);
            throw new Interrupted("select");
        }
        Case<? extends R> dflt = null;
        int live = 0;
        for (Case<? extends R> c : cases) {
            Objects.requireNonNull(c, "select case");
            if (c.kind == Case.DEFAULT) {
                if (dflt != null) {
                    throw new IllegalArgumentException("select: multiple defaults");
                }
                dflt = c;
            } else if (!c.chan.isNil) {
                live++;
            }
        }
        if (live == 0) {
            if (dflt != null) {
                return dflt.ran();
            }
            Park.forever(WaitReason.SELECT);
            throw new Interrupted("select");
        }

        // Poll order: a uniformly random permutation of the live cases.
        int[] poll = new int[live];
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0, k = 0; i < n; i++) {
            Case<? extends R> c = cases[i];
            if (c.kind != Case.DEFAULT && !c.chan.isNil) {
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
            long id = cases[i].chan.lock.order;
            int j = k;
            while (j > 0 && cases[order[j - 1]].chan.lock.order > id) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }

        lockAll(cases, order);

        // Pass 1: look for a ready case, in poll order.
        for (int k = 0; k < live; k++) {
            Case<? extends R> c = cases[poll[k]];
            Chan<?> ch = c.chan;
            if (c.kind == Case.SEND) {
                if (ch.closed) {
                    unlockAll(cases, order);
                    throw new Panic("send on closed channel");
                }
                Sudog receiver = ch.recvq.dequeue();
                if (receiver != null) {
                    receiver.complete(c.value, true);
                    unlockAll(cases, order);
                    receiver.wake();
                    return c.ran();
                }
                if (ch.qcount() < ch.capacity) {
                    ch.put(c.value);
                    unlockAll(cases, order);
                    return c.ran();
                }
            } else {
                Sudog sender = ch.sendq.dequeue();
                if (sender != null) {
                    Object v = ch.recvFrom(sender);
                    unlockAll(cases, order);
                    sender.wake();
                    return c.received(v, true);
                }
                if (ch.qcount() > 0) {
                    Object v = ch.take();
                    unlockAll(cases, order);
                    return c.received(v, true);
                }
                if (ch.closed) {
                    unlockAll(cases, order);
                    return c.received(null, false);
                }
            }
        }
        if (dflt != null) {
            unlockAll(cases, order);
            return dflt.ran();
        }

        // Pass 2: wait on every case.
        SelectWaiter sel = null;
        Sudog[] sudogs = null;
        try {
            sel = new SelectWaiter();
            sudogs = new Sudog[n];
            Thread self = Thread.currentThread();
            for (int k = 0; k < live; k++) {
                int i = order[k];
                Case<? extends R> c = cases[i];
                Sudog s = new Sudog(self, c.kind == Case.SEND ? c.value : null, sel, i);
                sudogs[i] = s;
                (c.kind == Case.SEND ? c.chan.sendq : c.chan.recvq).enqueue(s);
            }
        } catch (Throwable e) {
            // An allocation failed under the locks: withdraw what was enqueued, let go of the
            // locks, and let the error propagate (see SpinLock).
            for (int k = 0; sudogs != null && k < live; k++) {
                int i = order[k];
                if (sudogs[i] != null) {
                    (cases[i].kind == Case.SEND ? cases[i].chan.sendq : cases[i].chan.recvq).remove(sudogs[i]);
                }
            }
            unlockAll(cases, order);
            throw e;
        }
        unlockAll(cases, order);

        boolean fired = Park.awaitFired(sel, WaitReason.SELECT, sel);
        boolean canceled = !fired && sel.cancel();

        // Pass 3: withdraw from every queue but the one that fired. Taking every lock also
        // makes the winner's writes visible when a waker claimed us while we were giving up.
        lockAll(cases, order);
        Sudog win = sel.fired;
        for (int k = 0; k < live; k++) {
            int i = order[k];
            Sudog s = sudogs[i];
            if (s != win) {
                (cases[i].kind == Case.SEND ? cases[i].chan.sendq : cases[i].chan.recvq).remove(s);
            }
        }
        unlockAll(cases, order);
        if (canceled) {
            Park.exitIfKilled();
            throw new Interrupted("select");
        }
        Case<? extends R> c = cases[win.caseIndex];
        if (c.kind == Case.SEND) {
            if (!win.success) {
                throw new Panic("send on closed channel");
            }
            return c.ran();
        }
        return c.received(win.elem, win.success);
    }

    private static void lockAll(Case<?>[] cases, int[] order) {
        Chan<?> prev = null;
        for (int i : order) {
            Chan<?> ch = cases[i].chan;
            if (ch != prev) {
                ch.lock.lock();
                prev = ch;
            }
        }
    }

    private static void unlockAll(Case<?>[] cases, int[] order) {
        Chan<?> prev = null;
        for (int i : order) {
            Chan<?> ch = cases[i].chan;
            if (ch != prev) {
                ch.lock.unlock();
                prev = ch;
            }
        }
    }
}
