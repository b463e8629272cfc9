package go4j.lincheck;

import go4j.Chan;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static go4j.Go.defaultCase;
import static go4j.Go.select;

/**
 * Model checks {@code select} over two channels, {@code c} and {@code d}, against
 * {@link ChanModel}: a waiting select sits in both channels' queues, exactly one case fires, the
 * other is withdrawn; with several cases ready any of them may win; a send case on a closed
 * channel panics when chosen. Subclasses fix the capacity of both channels.
 *
 * <p>Left out: a select with a send and a receive case on the same unbuffered channel (it
 * cannot meet itself, and Go's invariant "sendq or recvq is empty" does not hold for it; the
 * unit tests cover it), and selects over more than two channels (same code path, larger
 * state space).
 */
@Tag("lincheck")
public abstract class SelectLincheckTest implements Modeled {
    static final List<Model.Op> OPS = List.of(
            Model.Op.withValue("send", 2),
            Model.Op.of("recvOk", 2),
            Model.Op.of("close", 1),
            Model.Op.withValue("sendD", 2),
            Model.Op.of("recvD", 2),
            Model.Op.of("closeD", 1),
            Model.Op.of("selectRecvEither", 3),
            Model.Op.withValue("selectSendEither", 3),
            Model.Op.withValue("selectSendCRecvD", 2),
            Model.Op.withValue("selectEitherOrDefault", 1));

    private final int capacity;
    private final Chan<Integer> c;
    private final Chan<Integer> d;

    SelectLincheckTest(int capacity) {
        this.capacity = capacity;
        this.c = new Chan<>(capacity);
        this.d = new Chan<>(capacity);
    }

    @Override
    public Model model() {
        return new ChanModel(OPS, capacity, capacity);
    }

    @Operation
    public String send(int v) {
        return ChanLincheckTest.ok(() -> c.send(v));
    }

    @Operation
    public String recvOk() {
        return ChanLincheckTest.result(() -> {
            var r = c.recvOk();
            return r.value() + "," + r.ok();
        });
    }

    @Operation
    public String close() {
        return ChanLincheckTest.ok(c::close);
    }

    @Operation
    public String sendD(int v) {
        return ChanLincheckTest.ok(() -> d.send(v));
    }

    @Operation
    public String recvD() {
        return ChanLincheckTest.result(() -> {
            var r = d.recvOk();
            return r.value() + "," + r.ok();
        });
    }

    @Operation
    public String closeD() {
        return ChanLincheckTest.ok(d::close);
    }

    @Operation
    public String selectRecvEither() {
        return ChanLincheckTest.result(() -> select(
                c.onRecvOk((x, ok) -> "c:" + x + "," + ok),
                d.onRecvOk((x, ok) -> "d:" + x + "," + ok)));
    }

    @Operation
    public String selectSendEither(int v) {
        return ChanLincheckTest.result(() -> select(c.onSend(v, () -> "c"), d.onSend(v, () -> "d")));
    }

    @Operation
    public String selectSendCRecvD(int v) {
        return ChanLincheckTest.result(() -> select(
                c.onSend(v, () -> "c sent"),
                d.onRecvOk((x, ok) -> "d:" + x + "," + ok)));
    }

    @Operation
    public String selectEitherOrDefault(int v) {
        return ChanLincheckTest.result(() -> select(
                c.onRecvOk((x, ok) -> "c:" + x + "," + ok),
                d.onSend(v, () -> "d sent"),
                defaultCase(() -> "default")));
    }

    @Test
    void modelChecking() {
        LincheckOptions.modelChecking(8, 2, 3).check(getClass());
    }

    @Test
    void stress() {
        LincheckOptions.stress(10, 2, 3).check(getClass());
    }
}
