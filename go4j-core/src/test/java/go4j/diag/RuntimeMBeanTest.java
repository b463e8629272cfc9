package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.TestSupport;
import go4j.TestSupport.Spawned;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.management.Attribute;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code go4j:type=Runtime}, read as a JMX client reads it: through the platform MBean server,
 * by attribute and operation name.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RuntimeMBeanTest {
    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();
    private static final ObjectName NAME = name(GoRuntimeMXBean.OBJECT_NAME);

    private static ObjectName name(String s) {
        try {
            return new ObjectName(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Starts the runtime, if no test did yet, and waits for its background registration. */
    private static MBeanServer server() {
        Go.gomaxprocs(0); // the scheduler exists from here on
        DiagSupport.until("go4j:type=Runtime registered", () -> SERVER.isRegistered(NAME));
        return SERVER;
    }

    private static Object attribute(String name) throws Exception {
        return server().getAttribute(NAME, name);
    }

    private static String dump() throws Exception {
        return (String) server().invoke(NAME, "goroutineDump", null, null);
    }

    /** {@code n} goroutines parked receiving from {@code c}, each seen parked. */
    private static List<Spawned<Void>> parkedOn(Chan<Integer> c, int n) {
        List<Spawned<Void>> gs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gs.add(TestSupport.spawnVoid(() -> receive(c)));
        }
        for (Spawned<Void> g : gs) {
            g.awaitBlocked(WaitReason.CHAN_RECEIVE);
        }
        return gs;
    }

    /** A frame of the test's own, for the dump to show. */
    private static void receive(Chan<Integer> c) {
        c.recv();
    }

    private static void release(Chan<Integer> c, List<Spawned<Void>> gs) {
        c.close();
        gs.forEach(Spawned::join);
    }

    /** The entry of goroutine {@code id} in a dump: its header line up to the blank line after it. */
    private static String entry(String dump, long id) {
        int at = dump.startsWith("goroutine " + id + " [") ? 0 : dump.indexOf("\ngoroutine " + id + " [") + 1;
        assertTrue(at >= 0 && dump.startsWith("goroutine " + id + " [", at), "no goroutine " + id + " in\n" + dump);
        int end = dump.indexOf("\n\n", at);
        return end < 0 ? dump.substring(at) : dump.substring(at, end + 1);
    }

    @Test
    void registeredOnceUnderGo4jTypeRuntime() throws Exception {
        assertEquals(java.util.Set.of(NAME), server().queryNames(new ObjectName("go4j:*"), null));
        assertTrue(server().isInstanceOf(NAME, GoRuntimeMXBean.class.getName()));
        assertEquals("true", server().getMBeanInfo(NAME).getDescriptor().getFieldValue("mxbean"));
    }

    @Test
    void schedulerAttributeNamesTheSchedulerInUse() throws Exception {
        assertEquals(Go.scheduler(), attribute("Scheduler"));
    }

    @Test
    void numGoroutineCountsTheLiveGoroutines() throws Exception {
        Chan<Integer> c = new Chan<>();
        List<Spawned<Void>> gs = parkedOn(c, 3);
        try {
            // Equal to Go.numGoroutine() read just before and just after (no goroutine of another
            // test starts or ends between two equal reads, bar a coincidence the loop outlasts).
            int[] seen = new int[1];
            DiagSupport.until("NumGoroutine between two equal Go.numGoroutine() reads", () -> {
                try {
                    int before = Go.numGoroutine();
                    seen[0] = (Integer) attribute("NumGoroutine");
                    return before == seen[0] && Go.numGoroutine() == before;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            assertTrue(seen[0] >= 3, "NumGoroutine " + seen[0] + " with 3 goroutines parked");
        } finally {
            release(c, gs);
        }
    }

    @Test
    void gomaxprocsIsReadAndSetAsGoGomaxprocsDoes() throws Exception {
        int before = Go.gomaxprocs(0);
        assertEquals(before, attribute("Gomaxprocs"));
        try {
            server().setAttribute(NAME, new Attribute("Gomaxprocs", before + 1));
            assertEquals(before + 1, Go.gomaxprocs(0));
            assertEquals(before + 1, attribute("Gomaxprocs"));
        } finally {
            Go.gomaxprocs(before);
        }
    }

    @Test
    void gomaxprocsBelowOneIsRejectedAndLeavesItAsItWas() throws Exception {
        int before = Go.gomaxprocs(0);
        var e = assertThrows(RuntimeMBeanException.class, () -> server().setAttribute(NAME, new Attribute("Gomaxprocs", 0)));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("GOMAXPROCS must be >= 1: 0", e.getCause().getMessage());
        assertEquals(before, Go.gomaxprocs(0));
    }

    @Test
    void goroutineDumpShowsGoroutinesParkedOnAChannelWithGosWaitReason() throws Exception {
        Chan<Integer> c = new Chan<>();
        List<Spawned<Void>> gs = parkedOn(c, 3);
        try {
            String dump = dump();
            for (Spawned<Void> g : gs) {
                String e = entry(dump, g.g().id);
                assertTrue(e.startsWith("goroutine " + g.g().id + " [chan receive]:\n"), e);
                assertTrue(e.contains("\n" + RuntimeMBeanTest.class.getName() + ".receive(...)\n\tRuntimeMBeanTest.java:"), e);
            }
        } finally {
            release(c, gs);
        }
    }

    @Test
    void goroutineDumpIsGoStackWithoutTheCallersOwnEntry() throws Exception {
        Chan<Integer> c = new Chan<>();
        List<Spawned<Void>> gs = parkedOn(c, 2);
        try {
            String viaJmx = dump();
            String viaGo = Go.stack(true); // from the test thread, not a goroutine: "goroutine 0 [running]" first
            assertTrue(viaGo.startsWith("goroutine 0 [running]:\n"), viaGo);
            assertTrue(!viaJmx.startsWith("goroutine 0 ") && !viaJmx.contains("\ngoroutine 0 "), viaJmx);
            for (Spawned<Void> g : gs) {
                assertEquals(entry(viaGo, g.g().id), entry(viaJmx, g.g().id));
            }
        } finally {
            release(c, gs);
        }
    }

    @Test
    void aTypedProxyOfThePublicInterfaceReadsTheSameBean() throws Exception {
        GoRuntimeMXBean proxy = JMX.newMXBeanProxy(server(), NAME, GoRuntimeMXBean.class);
        assertEquals(Go.scheduler(), proxy.getScheduler());
        assertEquals(Go.gomaxprocs(0), proxy.getGomaxprocs());
    }

    @Test
    void onGmpTheSchedulerFiguresAreThoseOfGosSchedtraceLine() throws Exception {
        assumeTrue(Go.scheduler().equals("gmp"), "gmp only");
        int procs = Go.gomaxprocs(0);
        String line = (String) attribute("Schedtrace");
        assertTrue(line.matches("SCHED \\d+ms: gomaxprocs=" + procs + " idleprocs=\\d+ threads=\\d+ spinningthreads=\\d+"
                + " needspinning=0 idlethreads=\\d+ runqueue=\\d+ \\[\\d+( \\d+)*\\]"), line);
        int idle = (Integer) attribute("IdleProcs");
        assertTrue(idle >= 0 && idle <= procs, "IdleProcs " + idle);
        assertTrue((Integer) attribute("Threads") >= 1, "Threads counts sysmon at least");
        assertTrue((Integer) attribute("SpinningThreads") >= 0);
        assertTrue((Integer) attribute("IdleThreads") >= 0);
        assertTrue((Integer) attribute("RunQueue") >= 0);
        assertEquals(procs, ((int[]) attribute("LocalRunQueues")).length);
    }

    @Test
    void onJdkTheFiguresWithoutAMeaningThereAreMinusOne() throws Exception {
        assumeTrue(Go.scheduler().equals("jdk"), "jdk only");
        assertNull(attribute("Schedtrace"));
        assertEquals(-1, attribute("SpinningThreads"));
        assertEquals(-1, attribute("IdleThreads"));
        assertArrayEquals(new int[0], (int[]) attribute("LocalRunQueues"));
        // From the JDK's jdk.management:type=VirtualThreadScheduler (JDK 24+): the pool exists.
        assertTrue((Integer) attribute("Threads") >= 1, "Threads: the JDK's pool size");
        assertTrue((Integer) attribute("IdleProcs") >= 0);
        assertTrue((Integer) attribute("RunQueue") >= 0);
    }

    @Test
    void theSettingGo4jJmxFalseKeepsTheBeanOut() throws Exception {
        Function<DiagSupport.Child, String> out = ch -> ch.exit() + " " + ch.stdout().strip() + " " + ch.stderr();
        DiagSupport.Child on = DiagSupport.runChild(Registration.class, Map.of());
        assertEquals("0 registered=true", out.apply(on).strip(), out.apply(on));
        DiagSupport.Child off = DiagSupport.runChild(Registration.class, List.of("-Dgo4j.jmx=false"), Map.of());
        assertEquals("0 registered=false", out.apply(off).strip(), out.apply(off));
    }

    /**
     * Starts the runtime, waits for go4j's registration thread (started when the scheduler is
     * created) to end if it runs, and says whether the bean is there.
     */
    public static final class Registration {
        public static void main(String[] args) throws Exception {
            Go.main(() -> { });
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("go4j-jmx")) {
                    t.join();
                }
            }
            System.out.println("registered=" + ManagementFactory.getPlatformMBeanServer().isRegistered(NAME));
        }
    }
}
