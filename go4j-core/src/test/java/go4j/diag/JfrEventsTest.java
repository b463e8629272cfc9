package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.internal.runtime.G;
import go4j.internal.runtime.WaitReason;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static go4j.Go.go;
import static go4j.Go.select;
import static go4j.diag.DiagSupport.awaitParked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** go4j's JFR events, read back with a RecordingStream. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JfrEventsTest {
    /** Records {@code names} (with {@code setup} applied to the stream) while {@code body} runs. */
    private static List<RecordedEvent> record(Consumer<RecordingStream> setup, Runnable body, String... names) {
        return record(setup, body, events -> true, names);
    }

    /**
     * Records as {@link #record(Consumer, Runnable, String...)} does, and before stopping waits
     * until the events seen so far satisfy {@code complete}: for events committed on another
     * thread after {@code body} returned (the stream delivers them at its next flush).
     */
    private static List<RecordedEvent> record(Consumer<RecordingStream> setup, Runnable body,
                                              Predicate<List<RecordedEvent>> complete, String... names) {
        List<RecordedEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (RecordingStream rs = new RecordingStream()) {
            setup.accept(rs);
            for (String n : names) {
                rs.onEvent(n, events::add);
            }
            // startAsync returns before the recording runs: events committed meanwhile are lost
            // (a context canceled first thing went unrecorded under load). Commit markers until
            // the stream delivers one.
            CountDownLatch live = new CountDownLatch(1);
            rs.enable(Marker.class);
            rs.onEvent(Marker.NAME, e -> live.countDown());
            rs.startAsync();
            try {
                do {
                    new Marker().commit();
                } while (!live.await(20, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            body.run();
            DiagSupport.until("the events recorded", () -> complete.test(List.copyOf(events)));
            rs.stop(); // delivers every event recorded before it
        }
        // The stream can deliver an event twice (seen for one committed on the timer thread
        // while the test waited and stopped): one of each.
        Map<String, RecordedEvent> once = new LinkedHashMap<>();
        for (RecordedEvent e : events) {
            once.putIfAbsent(e.toString(), e);
        }
        return new ArrayList<>(once.values());
    }

    /** Committed until the stream delivers one: the recording is running. */
    @Name(Marker.NAME)
    static final class Marker extends Event {
        static final String NAME = "go4j.test.Marker";
    }

    /** The events called {@code name} of the program {@code programId}. */
    private static List<RecordedEvent> of(List<RecordedEvent> events, String name, long programId) {
        List<RecordedEvent> out = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals(name) && e.getLong("programId") == programId) {
                out.add(e);
            }
        }
        return out;
    }

    private static long programId() {
        return G.current().program().id();
    }

    @Test
    void goroutineStartAndEndAreRecordedWithIdsParentAndOutcome() {
        AtomicLong program = new AtomicLong();
        List<RecordedEvent> events = record(rs -> {
            rs.enable("go4j.GoroutineStart");
            rs.enable("go4j.GoroutineEnd");
        }, () -> Go.main(() -> {
            program.set(programId());
            Chan<Integer> c = new Chan<>();
            go(() -> c.send(1));
            c.recv();
            go(() -> {
                try {
                    Go.goexit();
                } finally {
                    c.send(2);
                }
            });
            c.recv();
            DiagSupport.until("goroutines 2 and 3 ended", () -> Go.stack(true).split("\n\n").length == 1);
        }), "go4j.GoroutineStart", "go4j.GoroutineEnd");

        List<String> starts = new ArrayList<>();
        for (RecordedEvent e : of(events, "go4j.GoroutineStart", program.get())) {
            starts.add(e.getLong("goroutineId") + "<-" + e.getLong("parentId") + (e.getBoolean("main") ? " main" : ""));
        }
        starts.sort(null);
        assertEquals(List.of("1<-0 main", "2<-1", "3<-1"), starts, events::toString);

        List<String> ends = new ArrayList<>();
        for (RecordedEvent e : of(events, "go4j.GoroutineEnd", program.get())) {
            ends.add(e.getLong("goroutineId") + " " + e.getString("outcome"));
        }
        ends.sort(null);
        assertEquals(List.of("1 return", "2 return", "3 goexit"), ends, events::toString);
    }

    @Test
    void goroutineThatPanicsEndsWithOutcomePanic() {
        AtomicLong program = new AtomicLong();
        List<RecordedEvent> events = record(rs -> rs.enable("go4j.GoroutineEnd"),
                () -> DiagSupport.captureStderr(() -> Go.main(() -> {
                    program.set(programId());
                    throw new IllegalStateException("boom");
                })), "go4j.GoroutineEnd");
        List<RecordedEvent> ends = of(events, "go4j.GoroutineEnd", program.get());
        assertEquals(1, ends.size(), events::toString);
        assertEquals(1, ends.get(0).getLong("goroutineId"));
        assertEquals("panic", ends.get(0).getString("outcome"));
    }

    @Test
    void channelBlockIsRecordedWithOperationChannelAndDuration() {
        AtomicLong program = new AtomicLong();
        DiagSupport.GRef receiver = new DiagSupport.GRef();
        DiagSupport.GRef selector = new DiagSupport.GRef();
        List<RecordedEvent> events = record(rs -> rs.enable("go4j.ChannelBlock").withThreshold(Duration.ZERO),
                () -> Go.main(() -> {
                    program.set(programId());
                    Chan<Integer> c = new Chan<>();
                    Chan<Integer> quit = new Chan<>();
                    Chan<Integer> done = new Chan<>(2);
                    go(() -> {
                        receiver.set();
                        c.recv();
                        done.trySend(2);
                    });
                    awaitParked(receiver.get(), WaitReason.CHAN_RECEIVE);
                    c.send(1);
                    go(() -> {
                        selector.set();
                        Go.select(c.onRecv(), quit.onRecv());
                        done.trySend(3);
                    });
                    awaitParked(selector.get(), WaitReason.SELECT);
                    quit.close();
                    while (done.len() < 2) { // not done.recv(): main's own blocks are not the point
                        Thread.onSpinWait();
                    }
                }), "go4j.ChannelBlock");
        List<RecordedEvent> blocks = new ArrayList<>();
        for (RecordedEvent e : of(events, "go4j.ChannelBlock", program.get())) {
            if (e.getLong("goroutineId") != 1) {
                blocks.add(e);
            }
        }
        blocks.sort((a, b) -> Long.compare(a.getLong("goroutineId"), b.getLong("goroutineId")));
        assertEquals(2, blocks.size(), events::toString);
        RecordedEvent recv = blocks.get(0);
        assertEquals(2, recv.getLong("goroutineId"));
        assertEquals("chan receive", recv.getString("operation"));
        assertTrue(recv.getLong("channelId") > 0, recv::toString);
        assertTrue(recv.getDuration().toNanos() > 0, recv::toString);
        assertEquals(recv.getThread().getJavaThreadId(), receiver.get().thread().threadId());
        RecordedEvent sel = blocks.get(1);
        assertEquals(3, sel.getLong("goroutineId"));
        assertEquals("select", sel.getString("operation"));
        assertEquals(0, sel.getLong("channelId"));
    }

    @Test
    void channelBlockShorterThanTheThresholdIsNotRecorded() {
        AtomicLong program = new AtomicLong();
        List<RecordedEvent> events = record(rs -> {
            rs.enable("go4j.ChannelBlock").withThreshold(Duration.ofHours(1));
            rs.enable("go4j.GoroutineEnd");
        }, () -> Go.main(() -> {
            program.set(programId());
            Chan<Integer> c = new Chan<>();
            DiagSupport.GRef receiver = new DiagSupport.GRef();
            go(() -> {
                receiver.set();
                c.recv();
            });
            awaitParked(receiver.get(), WaitReason.CHAN_RECEIVE);
            c.send(1);
        }), "go4j.ChannelBlock", "go4j.GoroutineEnd");
        assertTrue(of(events, "go4j.GoroutineEnd", program.get()).size() >= 1, "the recording saw the program");
        assertEquals(List.of(), of(events, "go4j.ChannelBlock", program.get()));
    }

    @Test
    void contextCancelIsRecordedForACancelADeadlineAndACauseWithTheDescendantsCount() {
        long self = Thread.currentThread().threadId();
        List<RecordedEvent> events = record(rs -> rs.enable("go4j.ContextCancel"), () -> Go.main(() -> {
            // A cancel function, with a child and a grandchild canceled along.
            Cancelable parent = Context.withCancel(Context.background());
            Cancelable child = Context.withCancel(parent.context());
            Context.withValue(Context.withCancel(child.context()).context(), "k", "v");
            parent.cancel();
            child.cancel(); // already canceled: no second event
            // A deadline, waited for in a select.
            Cancelable timeout = Context.withTimeout(Context.background(), Duration.ofMillis(20));
            select(timeout.context().done().onRecv());
            // A cause.
            Context.withCancel(Context.background()).cancel(new IllegalStateException("shutdown"));
        }), seen -> seen.stream().anyMatch(e -> e.getString("error").equals("context deadline exceeded")),
                "go4j.ContextCancel"); // the deadline's event is committed on the timer thread
        // Told apart by what they say, not by their start times: the deadline's event comes from
        // the timer thread, whose clock readings JFR does not order against the main goroutine's
        // (under load one sorted before the cancel made 20 ms earlier).
        List<RecordedEvent> cancels = new ArrayList<>();
        RecordedEvent byCancel = null, byDeadline = null, byCause = null;
        for (RecordedEvent e : events) {
            String context = e.getString("context");
            if (!context.startsWith("context.Background.")) {
                continue;
            }
            cancels.add(e);
            if (context.startsWith("context.Background.WithDeadline(")) {
                byDeadline = e;
            } else if ("shutdown".equals(e.getString("cause"))) {
                byCause = e;
            } else {
                byCancel = e;
            }
        }
        assertEquals(3, cancels.size(), events.toString());
        assertTrue(byCancel != null && byDeadline != null && byCause != null, events.toString());
        assertEquals("context.Background.WithCancel", byCancel.getString("context"));
        assertEquals("context canceled", byCancel.getString("error"));
        assertEquals("context canceled", byCancel.getString("cause"));
        assertEquals(2, byCancel.getLong("descendants"));
        assertTrue(byDeadline.getString("context").startsWith("context.Background.WithDeadline("),
                byDeadline.getString("context"));
        assertEquals("context deadline exceeded", byDeadline.getString("error"));
        assertEquals(0, byDeadline.getLong("descendants"));
        assertEquals("context canceled", byCause.getString("error"));
        assertEquals("shutdown", byCause.getString("cause"));
        // The canceler's thread: the main goroutine for a cancel function, not this thread.
        assertTrue(byCancel.getThread().getJavaThreadId() != self, byCancel.toString());
    }
}
