package go4j.diag;

import go4j.Chan;
import go4j.Go;
import go4j.internal.jfr.Events;
import go4j.internal.runtime.WaitReason;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static go4j.Go.go;
import static go4j.diag.DiagSupport.awaitParked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** go4j's JFR events, read back with a RecordingStream. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JfrEventsTest {
    /** Records {@code names} (with {@code setup} applied to the stream) while {@code body} runs. */
    private static List<RecordedEvent> record(Consumer<RecordingStream> setup, Runnable body, String... names) {
        List<RecordedEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (RecordingStream rs = new RecordingStream()) {
            setup.accept(rs);
            for (String n : names) {
                rs.onEvent(n, events::add);
            }
            rs.startAsync();
            body.run();
            rs.stop(); // delivers every event recorded before it
        }
        return new ArrayList<>(events);
    }

    private static List<RecordedEvent> on(List<RecordedEvent> events, String name, Set<Long> threadIds) {
        List<RecordedEvent> out = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals(name) && e.getThread() != null
                    && threadIds.contains(e.getThread().getJavaThreadId())) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void goroutineStartAndEndAreRecordedWithIdsParentAndOutcome() {
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        List<RecordedEvent> events = record(rs -> {
            rs.enable("go4j.GoroutineStart");
            rs.enable("go4j.GoroutineEnd");
        }, () -> Go.main(() -> {
            threads.add(Thread.currentThread().threadId());
            Chan<Integer> c = new Chan<>();
            go(() -> {
                threads.add(Thread.currentThread().threadId());
                c.send(1);
            });
            c.recv();
            go(() -> {
                threads.add(Thread.currentThread().threadId());
                try {
                    Go.goexit();
                } finally {
                    c.send(2);
                }
            });
            c.recv();
        }), "go4j.GoroutineStart", "go4j.GoroutineEnd");

        List<String> starts = new ArrayList<>();
        for (RecordedEvent e : on(events, "go4j.GoroutineStart", threads)) {
            starts.add(e.getLong("goroutineId") + "<-" + e.getLong("parentId") + (e.getBoolean("main") ? " main" : ""));
        }
        starts.sort(null);
        assertEquals(List.of("1<-0 main", "2<-1", "3<-1"), starts);

        List<String> ends = new ArrayList<>();
        for (RecordedEvent e : on(events, "go4j.GoroutineEnd", threads)) {
            ends.add(e.getLong("goroutineId") + " " + e.getString("outcome"));
        }
        ends.sort(null);
        assertEquals(List.of("1 return", "2 return", "3 goexit"), ends);
    }

    @Test
    void goroutineThatPanicsEndsWithOutcomePanic() {
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        List<RecordedEvent> events = record(rs -> rs.enable("go4j.GoroutineEnd"),
                () -> DiagSupport.captureStderr(() -> Go.main(() -> {
                    threads.add(Thread.currentThread().threadId());
                    throw new IllegalStateException("boom");
                })), "go4j.GoroutineEnd");
        List<RecordedEvent> ends = on(events, "go4j.GoroutineEnd", threads);
        assertEquals(1, ends.size(), events.toString());
        assertEquals("panic", ends.get(0).getString("outcome"));
    }

    @Test
    void channelBlockIsRecordedWithOperationChannelAndDuration() {
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        List<RecordedEvent> events = record(rs -> rs.enable("go4j.ChannelBlock").withThreshold(Duration.ZERO),
                () -> Go.main(() -> {
                    Chan<Integer> c = new Chan<>();
                    Chan<Integer> quit = new Chan<>();
                    DiagSupport.GRef receiver = new DiagSupport.GRef();
                    DiagSupport.GRef selector = new DiagSupport.GRef();
                    go(() -> {
                        receiver.set();
                        threads.add(Thread.currentThread().threadId());
                        c.recv();
                    });
                    awaitParked(receiver.get(), WaitReason.CHAN_RECEIVE);
                    c.send(1);
                    go(() -> {
                        selector.set();
                        threads.add(Thread.currentThread().threadId());
                        Go.select(c.onRecv(), quit.onRecv());
                    });
                    awaitParked(selector.get(), WaitReason.SELECT);
                    quit.close();
                }), "go4j.ChannelBlock");
        List<RecordedEvent> blocks = on(events, "go4j.ChannelBlock", threads);
        blocks.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
        assertEquals(2, blocks.size(), blocks.toString());
        RecordedEvent recv = blocks.get(0);
        assertEquals("chan receive", recv.getString("operation"));
        assertTrue(recv.getLong("channelId") > 0, recv.toString());
        assertEquals(2, recv.getLong("goroutineId"));
        assertTrue(!recv.getDuration().isNegative() && !recv.getDuration().isZero(), recv.toString());
        RecordedEvent sel = blocks.get(1);
        assertEquals("select", sel.getString("operation"));
        assertEquals(0, sel.getLong("channelId"));
        assertEquals(3, sel.getLong("goroutineId"));
    }

    @Test
    void channelBlockShorterThanTheThresholdIsNotRecorded() {
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        List<RecordedEvent> events = record(rs -> {
            rs.enable("go4j.ChannelBlock").withThreshold(Duration.ofHours(1));
            rs.enable("go4j.GoroutineEnd");
        }, () -> Go.main(() -> {
            Chan<Integer> c = new Chan<>();
            DiagSupport.GRef receiver = new DiagSupport.GRef();
            go(() -> {
                receiver.set();
                threads.add(Thread.currentThread().threadId());
                c.recv();
            });
            awaitParked(receiver.get(), WaitReason.CHAN_RECEIVE);
            c.send(1);
        }), "go4j.ChannelBlock", "go4j.GoroutineEnd");
        assertEquals(1, on(events, "go4j.GoroutineEnd", threads).size(), "the recording saw the goroutine");
        assertEquals(List.of(), on(events, "go4j.ChannelBlock", threads));
    }

    @Test
    void contextCancelIsRecordedWithContextErrorAndCause() {
        Object ctx = new Object() {
            @Override
            public String toString() {
                return "context.Background.WithCancel";
            }
        };
        long self = Thread.currentThread().threadId();
        List<RecordedEvent> events = record(rs -> rs.enable("go4j.ContextCancel"), () -> {
            Events.contextCanceled(ctx, new RuntimeException("context canceled"), null);
            Events.contextCanceled(ctx, new RuntimeException("context canceled"), new IllegalStateException("shutdown"));
        }, "go4j.ContextCancel");
        List<RecordedEvent> cancels = on(events, "go4j.ContextCancel", Set.of(self));
        assertEquals(2, cancels.size(), events.toString());
        assertEquals("context.Background.WithCancel", cancels.get(0).getString("context"));
        assertEquals("context canceled", cancels.get(0).getString("error"));
        assertEquals("context canceled", cancels.get(0).getString("cause"));
        assertEquals("shutdown", cancels.get(1).getString("cause"));
    }
}
