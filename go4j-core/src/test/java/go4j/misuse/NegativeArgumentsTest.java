package go4j.misuse;

import go4j.Chan;
import go4j.Go;
import go4j.Panic;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.diag.GoRuntimeMXBean;
import go4j.patterns.FanOut;
import go4j.patterns.ParallelMap;
import go4j.patterns.WorkerPool;
import go4j.sync.ErrGroup;
import go4j.sync.WaitGroup;
import go4j.time.Ticker;
import go4j.time.Time;
import go4j.time.Timer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every int, long and Duration parameter of every public method and constructor, given a
 * negative value: each has a stated answer, Go's (a panic with Go's message, or Go's meaning
 * of a negative value: "query only", "no limit", "fire at once", "the nil channel") or a clear
 * Java exception, and nothing half-done. A numeric parameter added later without an entry
 * here fails the sweep, so its negative case gets decided.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NegativeArgumentsTest {
    private static final Duration NEG = Duration.ofSeconds(-1);

    /** "signature#index" -> the call with that argument negative, and its checks. */
    static final Map<String, Executable> NEGATIVE = Map.ofEntries(
            Map.entry("Chan.<init>(int)#0", () -> {
                var e = assertThrows(Panic.class, () -> new Chan<Integer>(-1));
                assertEquals("makechan: size out of range", e.getMessage()); // Go's panic
            }),
            Map.entry("Go.gomaxprocs(int)#0", () -> {
                int now = Go.gomaxprocs(0);
                assertEquals(now, Go.gomaxprocs(-1), "n < 1 only queries");
                assertEquals(now, Go.gomaxprocs(0), "and changes nothing");
            }),
            Map.entry("GoRuntimeMXBean.setGomaxprocs(int)#0", () -> {
                int now = Go.gomaxprocs(0);
                var e = assertThrows(IllegalArgumentException.class, () -> runtimeBean().setGomaxprocs(-1));
                assertEquals("GOMAXPROCS must be >= 1: -1", e.getMessage(), "a setter that only queried would mislead");
                assertEquals(now, Go.gomaxprocs(0), "and changes nothing");
            }),
            Map.entry("WaitGroup.add(int)#0", () -> {
                WaitGroup wg = new WaitGroup();
                wg.add(1);
                var p = assertThrows(Panic.class, () -> wg.add(-2));
                assertEquals("sync: negative WaitGroup counter", p.getMessage());
                wg.done(); // the counter was still 1
                wg.await();
            }),
            Map.entry("ErrGroup.setLimit(int)#0", () -> {
                ErrGroup g = new ErrGroup();
                g.setLimit(-1); // Go: a negative limit means no limit
                CountDownLatch both = new CountDownLatch(2);
                assertTrue(g.tryGo(() -> {
                    both.countDown();
                    both.await();
                    return null;
                }));
                assertTrue(g.tryGo(() -> {
                    both.countDown();
                    both.await();
                    return null;
                }), "a second task runs beside the first");
                assertNull(g.await());
            }),
            Map.entry("FanOut.fanOut(Context, RecvChan, int, Function)#2",
                    () -> assertThrows(IllegalArgumentException.class, () -> FanOut.fanOut(Context.background(), new Chan<Integer>(), -1, Function.identity()))),
            Map.entry("FanOut.split(Context, RecvChan, int)#2",
                    () -> assertThrows(IllegalArgumentException.class, () -> FanOut.split(Context.background(), new Chan<Integer>(), -1))),
            Map.entry("FanOut.broadcast(Context, RecvChan, int)#2",
                    () -> assertThrows(IllegalArgumentException.class, () -> FanOut.broadcast(Context.background(), new Chan<Integer>(), -1))),
            Map.entry("ParallelMap.map(Context, List, int, Function)#2",
                    () -> assertThrows(IllegalArgumentException.class, () -> ParallelMap.map(Context.background(), List.of(1), -1, Function.identity()))),
            Map.entry("WorkerPool.start(Context, int, int, Function)#1",
                    () -> assertThrows(IllegalArgumentException.class, () -> WorkerPool.start(Context.background(), -1, 1, Function.identity()))),
            Map.entry("WorkerPool.start(Context, int, int, Function)#2",
                    () -> assertThrows(IllegalArgumentException.class, () -> WorkerPool.start(Context.background(), 1, -1, Function.identity()))),
            Map.entry("Time.sleep(Duration)#0", () -> Time.sleep(NEG)), // returns at once
            Map.entry("Time.after(Duration)#0", () -> assertInstanceOf(Instant.class, Time.after(NEG).recv(), "fires at once")),
            Map.entry("Time.tick(Duration)#0", () -> assertSame(Chan.nil(), Time.tick(NEG), "Go: Tick returns nil for d <= 0")),
            Map.entry("Time.newTimer(Duration)#0", () -> {
                Timer t = Time.newTimer(NEG);
                assertInstanceOf(Instant.class, t.c().recv(), "fires at once");
                assertFalse(t.stop(), "and only once");
            }),
            Map.entry("Time.newTicker(Duration)#0", () -> {
                var p = assertThrows(Panic.class, () -> Time.newTicker(NEG));
                assertEquals("non-positive interval for NewTicker", p.getMessage());
            }),
            Map.entry("Time.afterFunc(Duration, Runnable)#0", () -> {
                CountDownLatch ran = new CountDownLatch(1);
                Time.afterFunc(NEG, ran::countDown);
                ran.await(); // runs at once
            }),
            Map.entry("Timer.reset(Duration)#0", () -> {
                Timer t = Time.newTimer(Duration.ofHours(1));
                assertTrue(t.reset(NEG), "was pending");
                assertInstanceOf(Instant.class, t.c().recv(), "fires at once");
            }),
            Map.entry("Ticker.reset(Duration)#0", () -> {
                Ticker t = Time.newTicker(Duration.ofHours(1));
                try {
                    var p = assertThrows(Panic.class, () -> t.reset(NEG));
                    assertEquals("non-positive interval for Ticker.Reset", p.getMessage());
                    assertEquals(null, t.c().tryRecv(), "still the hour-long ticker: nothing delivered");
                } finally {
                    t.stop();
                }
            }),
            Map.entry("Context.withTimeout(Context, Duration)#1", () -> {
                try (Cancelable c = Context.withTimeout(Context.background(), NEG)) {
                    assertSame(Context.DEADLINE_EXCEEDED, c.context().err(), "born exceeded");
                }
            }),
            Map.entry("Context.withTimeoutCause(Context, Duration, Throwable)#1", () -> {
                RuntimeException cause = new RuntimeException("too late");
                try (Cancelable c = Context.withTimeoutCause(Context.background(), NEG, cause)) {
                    assertSame(Context.DEADLINE_EXCEEDED, c.context().err(), "born exceeded");
                    assertSame(cause, Context.cause(c.context()));
                }
            }));

    /** go4j:type=Runtime as a JMX client sees it, once go4j has registered it (in the background). */
    private static GoRuntimeMXBean runtimeBean() throws Exception {
        Go.gomaxprocs(0); // the scheduler, and with it the registration, exists from here on
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(GoRuntimeMXBean.OBJECT_NAME);
        go4j.TestSupport.until("go4j:type=Runtime registered", () -> server.isRegistered(name));
        return JMX.newMXBeanProxy(server, name, GoRuntimeMXBean.class);
    }

    @TestFactory
    List<DynamicTest> everyNumericParameterHasAnAnswerForANegativeValue() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> c : Api.publicClasses()) {
            for (var e : Api.publicMembers(c)) {
                Class<?>[] ps = e.getParameterTypes();
                for (int i = 0; i < ps.length; i++) {
                    if (ps[i] != int.class && ps[i] != long.class && ps[i] != Duration.class) {
                        continue;
                    }
                    String key = Api.signature(e) + "#" + i;
                    Executable check = NEGATIVE.get(key);
                    tests.add(DynamicTest.dynamicTest(Api.signature(e) + " with a negative " + ps[i].getSimpleName()
                            + " (argument " + (i + 1) + ")", () -> {
                        if (check == null) {
                            fail("no stated answer for a negative argument " + key + ": add one to NEGATIVE");
                        }
                        Api.Footprint before = Api.Footprint.now();
                        check.execute();
                        Api.Footprint after = before.settle();
                        assertTrue(after.within(before), () -> "nothing left behind: before " + before + ", after " + after);
                    }));
                }
            }
        }
        return tests;
    }
}
