package go4j.bridge;

import go4j.Chan;
import go4j.Interrupted;
import go4j.TestSupport;
import go4j.TestSupport.Spawned;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ChanStreams.stream: a channel as a sequential, ordered Stream of what it delivers until closed. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChanStreamsTest {
    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    private static Chan<Integer> buffered(int from, int to) {
        Chan<Integer> c = new Chan<>(to - from);
        range(from, to).forEach(c::send);
        return c;
    }

    @Test
    void streamsTheValuesInOrderUntilTheChannelIsClosed() {
        Chan<Integer> c = new Chan<>();
        go(() -> {
            range(0, 3_000).forEach(c::send);
            c.close();
        });
        assertEquals(range(0, 3_000), ChanStreams.stream(c).toList());
    }

    @Test
    void limitReceivesOnlyWhatItUses() {
        Chan<Integer> c = buffered(0, 10); // left open
        assertEquals(List.of(0, 1, 2), ChanStreams.stream(c).limit(3).toList());
        assertEquals(7, c.len(), "the rest stays in the channel");
    }

    @Test
    void findFirstReceivesOneValue() {
        Chan<Integer> c = buffered(5, 8);
        assertEquals(5, ChanStreams.stream(c).findFirst().orElseThrow());
        assertEquals(2, c.len());
    }

    @Test
    void closingTheStreamLeavesTheChannelOpen() {
        Chan<Integer> c = buffered(0, 2);
        boolean[] handlerRan = new boolean[1];
        try (Stream<Integer> s = ChanStreams.stream(c).onClose(() -> handlerRan[0] = true)) {
            assertEquals(0, s.iterator().next());
        }
        assertTrue(handlerRan[0]);
        assertTrue(c.trySend(9), "still open, and sends go on");
        assertEquals(List.of(1, 9), List.of(c.recv(), c.recv()));
    }

    @Test
    void aParallelStreamStillReceivesInOrderOnTheCallingThread() {
        Chan<Integer> c = buffered(0, 500);
        c.close();
        Thread caller = Thread.currentThread();
        List<Integer> got = ChanStreams.stream(c).parallel()
                .peek(v -> assertEquals(caller, Thread.currentThread(), "no pool thread receives"))
                .toList();
        assertEquals(range(0, 500), got);
    }

    @Test
    void nullValuesAreElements() {
        Chan<Integer> c = new Chan<>(3);
        c.send(1);
        c.send(null);
        c.send(3);
        c.close();
        assertEquals(Arrays.asList(1, null, 3), ChanStreams.stream(c).toList());
    }

    @Test
    void theSpliteratorIsOrderedUnsizedAndNeverSplits() {
        Spliterator<Integer> s = ChanStreams.stream(new Chan<Integer>()).spliterator();
        assertTrue(s.hasCharacteristics(Spliterator.ORDERED));
        assertFalse(s.hasCharacteristics(Spliterator.SIZED));
        assertNull(s.trySplit());
    }

    @Test
    void anInterruptWhileAReceiveWaitsEndsTheTerminalOperation() {
        Chan<Integer> c = new Chan<>();
        Spawned<Long> counter = TestSupport.spawn(() -> ChanStreams.stream(c).count());
        counter.awaitBlocked(WaitReason.CHAN_RECEIVE);
        counter.interrupt();
        assertInstanceOf(Interrupted.class, counter.failure());
    }

    @Test
    void aNullChannelIsRejectedAtOnce() {
        assertThrows(NullPointerException.class, () -> ChanStreams.stream(null));
    }
}
