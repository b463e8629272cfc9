package go4j.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./go4j demo: the listing, one topic, a bad name, and the whole tour once. */
@Timeout(300)
class DemoTest {
    private static Demo.Captured demo(String... args) {
        int[] rc = {-1};
        Demo.Captured c = Demo.capture(() -> rc[0] = Demo.run(args));
        assertNull(c.failure());
        return new Demo.Captured(c.out() + "exit " + rc[0] + "\n", c.err(), null);
    }

    @Test
    void listNamesEveryTopicOnce() {
        List<String> lines = demo("--list").out().lines().toList();
        assertEquals(Demo.TOPICS.size() + 1, lines.size(), lines.toString());
        for (int i = 0; i < Demo.TOPICS.size(); i++) {
            assertTrue(lines.get(i).startsWith(Demo.TOPICS.get(i).name() + " "), lines.get(i));
        }
        assertEquals("exit 0", lines.getLast());
    }

    @Test
    void theTourCoversTheTopicsTheReadmePromises() {
        List<String> names = Demo.TOPICS.stream().map(Demo.Topic::name).toList();
        for (String n : List.of("goroutines", "channels", "select", "fanin", "fanout", "generator",
                "workerpool", "future", "context", "waitgroup", "scheduler", "deadlock")) {
            assertTrue(names.contains(n), n);
        }
    }

    @Test
    void aNamedTopicRunsAloneWithItsHeadingAndOutput() {
        String out = demo("closure").out();
        assertTrue(out.contains("== 6. closures =="), out);
        assertTrue(out.contains("\n  1\n  2\n  3\n  1\n  2\n"), out);
        assertFalse(out.contains("== 1. goroutines =="), out);
        assertTrue(out.endsWith("1 topic in " + out.substring(out.indexOf("1 topic in ") + 11)), out);
        assertTrue(out.endsWith("exit 0\n"), out);
    }

    @Test
    void anUnknownTopicIsAnErrorWithStatus2() {
        Demo.Captured c = demo("nosuch");
        assertEquals("exit 2\n", c.out());
        assertEquals("go4j demo: no topic 'nosuch' (./go4j demo --list shows them)\n", c.err());
    }

    @Test
    void theWholeTourRunsEveryTopicInOrderWithoutFailure() {
        Demo.Captured c = demo();
        String out = c.out();
        int at = 0;
        for (int i = 0; i < Demo.TOPICS.size(); i++) {
            String heading = "== " + (i + 1) + ". " + Demo.TOPICS.get(i).title() + " ==";
            int next = out.indexOf(heading, at);
            assertTrue(next >= 0, "missing or out of order: " + heading + "\n" + out);
            at = next;
        }
        assertFalse(out.contains("the example failed"), out);
        assertTrue(out.contains("  sum of what they sent: 50005000\n"), out);
        assertTrue(Pattern.compile("\n  SCHED \\d+ms: gomaxprocs=2 idleprocs=\\d+ threads=\\d+ spinningthreads=\\d+ "
                + "needspinning=0 idlethreads=\\d+ runqueue=\\d+ \\[\\d+ \\d+]\n").matcher(out).find(), out);
        assertTrue(out.contains("  stderr:\n  fatal error: all goroutines are asleep - deadlock!\n"), out);
        assertTrue(out.contains("\n  exit status 2\n"), out); // the deadlock topic's child JVM, as Go's
        assertTrue(out.contains(Demo.TOPICS.size() + " topics in "), out);
        assertTrue(out.endsWith("exit 0\n"), out);
    }
}
