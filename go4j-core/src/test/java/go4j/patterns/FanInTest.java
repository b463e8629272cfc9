package go4j.patterns;

import go4j.Chan;
import go4j.Received;
import go4j.RecvChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(60)
class FanInTest {
    /** A channel that gets count values "name-0", "name-1", ... from a goroutine, then is closed. */
    private static RecvChan<String> source(String name, int count) {
        Chan<String> c = new Chan<>();
        go(() -> {
            for (int i = 0; i < count; i++) {
                c.send(name + "-" + i);
            }
            c.close();
        });
        return c;
    }

    @Test
    void mergeDeliversEveryValueOnceAndKeepsEachInputsOrder() {
        int base = Leaks.baseline();
        List<RecvChan<String>> ins = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            ins.add(source("s" + s, 500));
        }
        Map<String, Integer> next = new HashMap<>();
        int total = 0;
        for (String v : FanIn.merge(Context.background(), ins)) {
            String name = v.substring(0, v.indexOf('-'));
            int i = Integer.parseInt(v.substring(v.indexOf('-') + 1));
            assertEquals(next.getOrDefault(name, 0), i, "order of " + name);
            next.put(name, i + 1);
            total++;
        }
        assertEquals(8 * 500, total);
        Leaks.awaitBaseline(base);
    }

    @Test
    void mergeClosesOnlyAfterEveryInputIsClosed() {
        Chan<Integer> a = new Chan<>(), b = new Chan<>();
        RecvChan<Integer> out = FanIn.merge(Context.background(), a, b);
        a.close();
        go(() -> b.send(1));
        assertEquals(1, out.recv()); // still open: b was not closed yet
        b.close();
        assertFalse(out.recvOk().ok());
    }

    @Test
    void mergeDrainsBufferedValuesOfAClosedInput() {
        Chan<Integer> a = new Chan<>(3);
        a.send(1);
        a.send(2);
        a.send(3);
        a.close();
        assertEquals(List.of(1, 2, 3), Pipeline.collect(Context.background(), FanIn.merge(Context.background(), a)));
    }

    @Test
    void mergeOfNoInputsIsClosedAtOnce() {
        RecvChan<Object> out = FanIn.merge(Context.background());
        assertEquals(new Received<Object>(null, false), out.recvOk());
    }

    @Test
    void mergeStopsWhenContextIsCanceledWhileInputsStayOpen() {
        int base = Leaks.baseline();
        Chan<Integer> a = new Chan<>(), b = new Chan<>(); // never closed
        Cancelable c = Context.withCancel(Context.background());
        RecvChan<Integer> out = FanIn.merge(c.context(), a, b);
        go(() -> a.send(1));
        assertEquals(1, out.recv());
        c.cancel();
        Leaks.awaitBaseline(base);
        assertFalse(out.recvOk().ok());
    }

    @Test
    void mergeStopsWhenContextIsCanceledWhileNobodyReceives() {
        int base = Leaks.baseline();
        Chan<Integer> a = new Chan<>(1);
        a.send(1); // a forwarder will hold this value, waiting for a receiver that never comes
        Cancelable c = Context.withCancel(Context.background());
        FanIn.merge(c.context(), a, new Chan<Integer>());
        c.cancel();
        Leaks.awaitBaseline(base);
    }

    @Test
    void mergeOfNilChannelsEndsOnlyWithTheContext() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        RecvChan<Integer> out = FanIn.merge(c.context(), Chan.<Integer>nil(), Chan.<Integer>nil());
        assertEquals(null, out.tryRecv()); // open and empty
        c.cancel();
        Leaks.awaitBaseline(base);
        assertFalse(out.recvOk().ok());
    }

    @Test
    void nullArgumentsThrowAtTheCall() {
        assertThrows(NullPointerException.class, () -> FanIn.merge(null, new Chan<Integer>()));
        assertThrows(NullPointerException.class, () -> FanIn.merge(Context.background(), (List<RecvChan<Integer>>) null));
        assertThrows(NullPointerException.class, () -> FanIn.merge(Context.background(), new Chan<Integer>(), null));
    }
}
