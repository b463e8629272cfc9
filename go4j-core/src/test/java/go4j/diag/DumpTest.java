package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.internal.runtime.Dump;
import go4j.internal.runtime.G;
import go4j.internal.runtime.WaitReason;
import go4j.sync.Cond;
import go4j.sync.Mutex;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.diag.DiagSupport.awaitParked;
import static go4j.diag.DiagSupport.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Go.stack: Go's goroutine dump format, wait reasons, ids, hidden frames. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DumpTest {
    /** One entry: the header, then (call, tab + file:line) pairs. */
    private static final Pattern ENTRY = Pattern.compile(
            "goroutine \\d+ \\[[a-zA-Z. ()]+(, \\d+ minutes)?\\]:\\n([^\\t\\n][^\\n]*\\(\\.\\.\\.\\)\\n\\t[^\\n]+\\n)*");

    /**
     * Runs {@code blocker} in a goroutine of a Go.main program, waits until it is parked for
     * {@code reason}, and returns the program's dump taken by main.
     */
    private static String dumpWithGoroutineBlockedIn(WaitReason reason, Runnable blocker) {
        AtomicReference<String> dump = new AtomicReference<>();
        Go.main(() -> {
            DiagSupport.GRef ref = new DiagSupport.GRef();
            go(() -> {
                ref.set();
                blocker.run();
            });
            awaitParked(ref.get(), reason);
            dump.set(Go.stack(true));
            ref.get().thread().interrupt(); // the test's blockers all give up on interrupt
        });
        return dump.get();
    }

    private static void assertReason(WaitReason reason, Runnable block) {
        String dump = dumpWithGoroutineBlockedIn(reason, () -> {
            try {
                block.run();
            } catch (go4j.Interrupted expected) {
                // released by the test
            }
        });
        assertTrue(dump.contains("\n\ngoroutine 2 [" + reason.text + "]:\n"), dump);
    }

    @Test
    void chanReceive() {
        assertReason(WaitReason.CHAN_RECEIVE, () -> new Chan<Integer>().recv());
    }

    @Test
    void chanSend() {
        assertReason(WaitReason.CHAN_SEND, () -> new Chan<Integer>().send(1));
    }

    @Test
    void chanReceiveNil() {
        assertReason(WaitReason.CHAN_RECEIVE_NIL, () -> Chan.<Integer>nil().recv());
    }

    @Test
    void chanSendNil() {
        assertReason(WaitReason.CHAN_SEND_NIL, () -> Chan.<Integer>nil().send(1));
    }

    @Test
    void select() {
        assertReason(WaitReason.SELECT, () -> Go.select(new Chan<Integer>().onRecv(), new Chan<Integer>().onSend(2)));
    }

    @Test
    void selectNoCases() {
        assertReason(WaitReason.SELECT_NO_CASES, () -> Go.select());
    }

    @Test
    void waitGroupWait() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        assertReason(WaitReason.WAIT_GROUP, wg::await);
    }

    @Test
    void mutexLock() {
        Mutex mu = new Mutex();
        mu.lock();
        assertReason(WaitReason.MUTEX, mu::lock);
    }

    @Test
    void condWait() {
        Mutex mu = new Mutex();
        Cond c = new Cond(mu);
        assertReason(WaitReason.SYNC_COND, () -> {
            mu.lock();
            try {
                c.await();
            } finally {
                mu.unlock();
            }
        });
    }

    @Test
    void sleepingGoroutineSaysSleep() {
        AtomicReference<String> dump = new AtomicReference<>();
        Go.main(() -> {
            DiagSupport.GRef ref = new DiagSupport.GRef();
            go(() -> {
                ref.set();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                } catch (InterruptedException expected) {
                    // released by the test
                }
            });
            Thread t = ref.get().thread();
            until("goroutine sleeping", () -> t.getState() == Thread.State.TIMED_WAITING);
            dump.set(Go.stack(true));
            t.interrupt();
        });
        assertTrue(dump.get().contains("\n\ngoroutine 2 [sleep]:\n"), dump.get());
    }

    @Test
    void go4jSleepSaysSleep() {
        assertReason(WaitReason.SLEEP, () -> go4j.time.Time.sleep(java.time.Duration.ofMinutes(10)));
    }

    @Test
    void callerIsRunningAndAnUnparkedGoroutineIsRunnable() {
        AtomicReference<String> dump = new AtomicReference<>();
        Go.main(() -> {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong spins = new AtomicLong();
            go(() -> {
                while (!stop.get()) {
                    spins.incrementAndGet();
                    Thread.onSpinWait();
                }
            });
            until("spinner started", () -> spins.get() > 0);
            dump.set(Go.stack(true));
            stop.set(true);
        });
        String s = dump.get();
        assertTrue(s.startsWith("goroutine 1 [running]:\n"), s);
        assertTrue(s.contains("\n\ngoroutine 2 [runnable]:\n"), s);
    }

    @Test
    void mainIsGoroutineOneAndOthersCountUpWithinTheProgram() {
        List<Long> ids = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Go.main(() -> {
                ids.add(G.current().id);
                Chan<Long> c = new Chan<>();
                for (int i = 0; i < 3; i++) {
                    go(() -> c.send(G.current().id));
                }
                List<Long> got = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    got.add(c.recv());
                }
                got.sort(null);
                ids.addAll(got);
            });
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 1L, 2L, 3L, 4L), ids);
    }

    @Test
    void stackOfTheCallerShowsItsOwnFramesOnly() {
        AtomicReference<String> dump = new AtomicReference<>();
        Go.main(() -> {
            go(() -> select()); // must not appear
            dump.set(Go.stack(false));
        });
        String s = dump.get();
        assertTrue(s.startsWith("goroutine 1 [running]:\ngo4j.diag.DumpTest.lambda$"), s);
        assertTrue(s.contains("\tDumpTest.java:"), s);
        assertFalse(s.contains("goroutine 2"), s);
    }

    @Test
    void dumpIsInGosFormatWithInternalFramesLeftOut() {
        String dump = dumpWithGoroutineBlockedIn(WaitReason.CHAN_RECEIVE, () -> {
            try {
                new Chan<Integer>().recv();
            } catch (go4j.Interrupted expected) {
                // released by the test
            }
        });
        String[] entries = dump.split("\n\n");
        assertEquals(2, entries.length, dump);
        for (String e : entries) {
            assertTrue(ENTRY.matcher(e + "\n").matches() || ENTRY.matcher(e).matches(), "not Go's format:\n" + e);
            assertTrue(e.contains("go4j.diag.DumpTest"), e);
        }
        for (String internal : new String[] {"go4j.internal.", "go4j.Chan.", "go4j.Go.", "java.lang.VirtualThread",
                "jdk.internal.", "LockSupport", "java.lang.Thread.run", "getStackTrace"}) {
            assertFalse(dump.contains(internal), internal + " in\n" + dump);
        }
    }

    @Test
    void waitTimeAppearsOnceItReachesAMinuteAlwaysInMinutes() {
        assertEquals("goroutine 7 [chan receive]:\n", header(7, "chan receive", TimeUnit.SECONDS.toNanos(59)));
        assertEquals("goroutine 7 [chan receive, 1 minutes]:\n", header(7, "chan receive", TimeUnit.SECONDS.toNanos(60)));
        assertEquals("goroutine 7 [select, 2 minutes]:\n", header(7, "select", TimeUnit.SECONDS.toNanos(179)));
        assertEquals("goroutine 1 [running]:\n", header(1, "running", 0));
    }

    private static String header(long id, String status, long waited) {
        StringBuilder sb = new StringBuilder();
        Dump.header(sb, id, status, waited);
        return sb.toString();
    }

    @Test
    void stackFromAThreadThatIsNotAGoroutineListsGoroutinesOfEveryProgram() throws Exception {
        Chan<Integer> c = new Chan<>();
        go(() -> c.recv()); // a goroutine of no program
        AtomicReference<String> dump = new AtomicReference<>();
        Thread platform = Thread.ofPlatform().start(() -> {
            until("receiver parked", () -> Go.stack(true).contains("[chan receive]:"));
            dump.set(Go.stack(true));
        });
        platform.join();
        c.send(1);
        assertTrue(dump.get().startsWith("goroutine 0 [running]:\n"), dump.get());
        assertTrue(dump.get().contains("[chan receive]:\ngo4j.diag.DumpTest"), dump.get());
    }
}
