package go4j.internal.runtime;

import go4j.internal.base.SpinLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WaitQueue's narrow API, the one go4j.sync waits through: grants in arrival order, a grant
 * that wins over an interrupt, the owner's undo when a waiter leaves ungranted, and a failing
 * after-unlock step that leaves nobody queued. (go4j.sync's own tests check the same through
 * Mutex, RWMutex, WaitGroup and Cond; this pins the contract they rely on.)
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class WaitQueueTest {
    private final SpinLock lock = new SpinLock();
    private final WaitQueue q = new WaitQueue();

    /** A platform thread waiting in q; its future completes with await's answer. */
    private CompletableFuture<Boolean> waiter(WaitQueue.Left<Object> left, Thread[] thread) {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        thread[0] = Thread.ofPlatform().start(() -> {
            try {
                lock.lock();
                f.complete(q.await(lock, WaitReason.MUTEX, (Object) q, left));
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    private int queued() {
        return queued(q);
    }

    private int queued(WaitQueue queue) {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private void untilQueued(int n) {
        untilQueued(q, n);
    }

    private void untilQueued(WaitQueue queue, int n) {
        while (queued(queue) != n) {
            Thread.onSpinWait();
        }
    }

    @Test
    void grantOneWakesTheLongestWaiterFirst() throws Exception {
        List<CompletableFuture<Boolean>> ws = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ws.add(waiter(null, new Thread[1]));
            untilQueued(i + 1);
        }
        for (int i = 0; i < 3; i++) {
            lock.lock();
            Woken w = q.grantOne();
            lock.unlock();
            Woken.wake(w);
            assertTrue(ws.get(i).get(1, TimeUnit.MINUTES), "waiter " + i + " granted");
            for (int j = i + 1; j < 3; j++) {
                assertFalse(ws.get(j).isDone(), "waiter " + j + " still waits");
            }
        }
        lock.lock();
        assertNull(q.grantOne(), "nobody left to grant");
        lock.unlock();
    }

    @Test
    void grantAllWakesEveryWaiter() throws Exception {
        List<CompletableFuture<Boolean>> ws = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ws.add(waiter(null, new Thread[1]));
        }
        untilQueued(5);
        lock.lock();
        Woken w = q.grantAll();
        assertTrue(q.isEmpty());
        lock.unlock();
        Woken.wake(w);
        for (CompletableFuture<Boolean> f : ws) {
            assertTrue(f.get(1, TimeUnit.MINUTES));
        }
    }

    @Test
    void anInterruptedWaiterLeavesUngrantedAndTheOwnerUndoesUnderTheLock() throws Exception {
        AtomicInteger undone = new AtomicInteger();
        Thread[] t = new Thread[1];
        CompletableFuture<Boolean> f = waiter(owner -> {
            assertTrue(q.isEmpty(), "left is called after the waiter left the queue");
            undone.incrementAndGet();
            return null;
        }, t);
        untilQueued(1);
        t[0].interrupt();
        assertFalse(f.get(1, TimeUnit.MINUTES), "interrupted: not granted");
        assertEquals(1, undone.get(), "the owner's undo ran once");
        assertEquals(0, queued());
    }

    @Test
    void aGrantBeforeTheInterruptWins() throws Exception {
        AtomicInteger undone = new AtomicInteger();
        Thread[] t = new Thread[1];
        CompletableFuture<Boolean> f = waiter(owner -> {
            undone.incrementAndGet();
            return null;
        }, t);
        untilQueued(1);
        lock.lock();
        Woken w = q.grantOne();
        t[0].interrupt(); // the waiter wakes, then finds itself granted once it has the lock
        lock.unlock();
        Woken.wake(w);
        assertTrue(f.get(1, TimeUnit.MINUTES), "granted first: the wait succeeded");
        assertEquals(0, undone.get(), "a granted waiter did not leave");
    }

    @Test
    void aFailingAfterUnlockLeavesNobodyQueuedAndPropagates() {
        lock.lock();
        IllegalStateException e = new IllegalStateException("not held");
        assertSame(e, assertThrows(IllegalStateException.class, () -> q.await(lock, WaitReason.SYNC_COND, q, null, () -> {
            throw e;
        })));
        assertEquals(0, queued(), "the waiter left the queue");
        lock.lock(); // and the lock was released
        lock.unlock();
    }

    @Test
    void theLeftUndoGrantsInTurnAndItsGrantIsWoken() throws Exception {
        // An RWMutex's shape: a writer that leaves lets a reader queued behind it in.
        WaitQueue readers = new WaitQueue();
        CompletableFuture<Boolean> reader = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            lock.lock();
            reader.complete(readers.await(lock, WaitReason.RW_MUTEX_R, readers, null));
        });
        untilQueued(readers, 1);
        Thread[] t = new Thread[1];
        CompletableFuture<Boolean> writer = waiter(owner -> readers.grantAll(), t);
        untilQueued(1);
        t[0].interrupt();
        assertFalse(writer.get(1, TimeUnit.MINUTES));
        assertTrue(reader.get(1, TimeUnit.MINUTES), "the reader was granted by the writer's leaving");
    }
}
