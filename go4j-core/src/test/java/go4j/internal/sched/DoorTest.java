package go4j.internal.sched;

import go4j.Chan;
import go4j.Go;
import go4j.diag.DiagSupport;
import go4j.internal.runtime.Schedulers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The doors into the JDK ({@link Door}): each door this JDK offers runs goroutines started
 * through the public API on gmp's Ms; a door this JDK lacks is skipped, saying so; forcing a
 * door that cannot open falls back to the JDK's scheduler with one line saying why.
 */
class DoorTest {
    private static final List<String> OPENS = List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED");

    /** In a child JVM: prints the scheduler, the door, and whether goroutines ran on an M. */
    public static final class Program {
        public static void main(String[] args) {
            Go.main(() -> {
                Chan<Boolean> onM = new Chan<>();
                Go.go(() -> onM.send(GmpScheduler.currentM() != null));
                System.out.println(Schedulers.current().name() + " " + (Door.CHOSEN == null ? "none" : Door.CHOSEN.name())
                        + " " + (onM.recv() && GmpScheduler.currentM() != null));
            });
        }
    }

    @Test
    void theBuilderDoorRunsGoroutinesOnMs() throws Exception {
        assumeGmp();
        assumeTrue(Door.open("builder") != null, () -> loud("the builder door", "this JDK lacks it: "
                + new Door.BuilderDoor().failure()));
        assertEquals("builder", Door.CHOSEN.name(), "the builder door comes first when the JDK has it");
        DiagSupport.Child c = child("builder");
        assertEquals(0, c.exit(), c.stderr());
        assertEquals("gmp builder true", c.stdout().strip());
        assertEquals("", c.stderr().strip());
    }

    @Test
    void thePrototypeDoorRunsGoroutinesOnMs() throws Exception {
        assumeGmp();
        String why = Door.prototypeFailure();
        assumeTrue(why == null, () -> loud("the prototype door", why));
        DiagSupport.Child c = child("prototype");
        assertEquals(0, c.exit(), c.stderr());
        assertEquals("gmp prototype true", c.stdout().strip());
    }

    @Test
    void aForcedDoorThisJdkLacksFallsBackToTheJdkScheduler() throws Exception {
        assumeGmp();
        String why = Door.prototypeFailure();
        assumeTrue(why != null, () -> loud("the fallback from an absent prototype door", "this JDK has the prototype"));
        DiagSupport.Child c = child("prototype");
        assertEquals(0, c.exit(), c.stderr());
        assertEquals("jdk none false", c.stdout().strip());
        assertEquals("go4j: gmp scheduler unavailable: " + why + "; using the JDK scheduler", c.stderr().strip());
    }

    @Test
    void anUnknownDoorIsNamedAndTheDoorIsChosenAsUsual() throws Exception {
        assumeGmp();
        DiagSupport.Child c = child("side");
        assertEquals(0, c.exit(), c.stderr());
        assertEquals("gmp " + Door.CHOSEN.name() + " true", c.stdout().strip());
        assertEquals("go4j: unknown go4j.sched.door 'side' (expected builder or prototype); choosing by itself",
                c.stderr().strip());
    }

    @Test
    void availableListsWhatOpens() {
        List<String> doors = Door.available();
        assertTrue(doors.stream().allMatch(d -> Door.open(d) != null), doors::toString);
        if (Door.CHOSEN != null) {
            assertTrue(doors.contains(Door.CHOSEN.name()), doors::toString);
            assertNull(Door.FAILURE);
        } else {
            assertFalse(Door.FAILURE.isBlank());
        }
    }

    private static DiagSupport.Child child(String door) throws Exception {
        return DiagSupport.runChild(Program.class, List.of("-Dgo4j.sched.door=" + door), Map.of());
    }

    /** Door tests need the gmp scheduler's execution (java.lang open, go4j.scheduler not jdk). */
    private static void assumeGmp() {
        assumeTrue(Schedulers.current().name().equals("gmp"),
                () -> loud("door tests", "this JVM runs the " + Schedulers.current().name() + " scheduler"));
    }

    private static String loud(String what, String why) {
        String msg = "SKIPPED " + what + " on JDK " + Runtime.version() + ": " + why;
        System.err.println(msg);
        return msg;
    }
}
