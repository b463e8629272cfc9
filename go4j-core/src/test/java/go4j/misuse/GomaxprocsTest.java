package go4j.misuse;

import go4j.Chan;
import go4j.Go;
import go4j.diag.DiagSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static go4j.Go.gomaxprocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GOMAXPROCS beyond what the machine can hold: Go 1.19 accepts GOMAXPROCS(100000) and runs on;
 * a request go4j cannot honour is rejected with the reason, and leaves the scheduler as it was
 * (it used to throw OutOfMemoryError under the scheduler's lock, after which no goroutine ran).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GomaxprocsTest {
    private static void goroutinesStillRun() {
        Chan<Integer> c = new Chan<>();
        for (int i = 0; i < 4; i++) {
            int v = i;
            go(() -> c.send(v));
        }
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += c.recv();
        }
        assertEquals(6, sum);
    }

    @Test
    void aHundredThousandProcessorsAreHonouredAsInGo() {
        int before = gomaxprocs(100_000);
        try {
            assertEquals(100_000, gomaxprocs(0));
            goroutinesStillRun();
        } finally {
            assertEquals(100_000, gomaxprocs(before));
        }
        goroutinesStillRun();
    }

    @Test
    void moreProcessorsThanTheHeapHoldsAreRejectedAndTheSchedulerRunsOn() {
        int before = gomaxprocs(0);
        if (Go.scheduler().equals("gmp")) {
            var e = assertThrows(IllegalArgumentException.class, () -> gomaxprocs(Integer.MAX_VALUE));
            assertTrue(e.getMessage().startsWith("gomaxprocs(2147483647): not enough memory for 2147483647 processors"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("GOMAXPROCS stays " + before), e.getMessage());
            assertEquals(before, gomaxprocs(0));
        } else {
            // The JDK's pool is sized once: jdk records the value (Go's answer) and allocates nothing.
            assertEquals(before, gomaxprocs(Integer.MAX_VALUE));
            assertEquals(Integer.MAX_VALUE, gomaxprocs(before));
        }
        goroutinesStillRun();
    }

    /** A program whose heap runs out while the Ps are being allocated. */
    public static final class Program {
        public static void main(String[] args) {
            // Most of a 256 MB heap held, so that 150,000 Ps (an estimated ~190 MB, under the
            // heap's size) cannot actually be allocated.
            byte[][] ballast = new byte[20][];
            for (int i = 0; i < ballast.length; i++) {
                ballast[i] = new byte[10 << 20];
            }
            Go.main(() -> {
                try {
                    gomaxprocs(150_000);
                    System.out.println("accepted");
                } catch (IllegalArgumentException e) {
                    System.out.println(e.getMessage().replaceAll("\\(about \\d+ bytes\\)", "(about N bytes)"));
                }
                System.out.println("GOMAXPROCS " + gomaxprocs(0));
                goroutinesStillRun();
                System.out.println("goroutines run");
            });
            System.out.println(ballast.length); // keeps the ballast alive until here
        }
    }

    @Test
    void anAllocationThatFailsMidwayLeavesTheSchedulerWorking() throws Exception {
        var child = DiagSupport.runChild(Program.class, List.of("-Xmx256m", "-XX:+UseSerialGC"),
                Map.of("GOMAXPROCS", "2"));
        assertEquals(0, child.exit(), child.stderr());
        if (Go.scheduler().equals("gmp")) { // the child runs on this JVM's scheduler
            assertEquals("gomaxprocs(150000): not enough memory for 150000 processors, each with a run queue of 256 "
                    + "(about N bytes); GOMAXPROCS stays 2\nGOMAXPROCS 2\ngoroutines run\n20\n", child.stdout());
        } else { // jdk records the value and allocates nothing: nothing can fail
            assertEquals("accepted\nGOMAXPROCS 150000\ngoroutines run\n20\n", child.stdout());
        }
    }
}
