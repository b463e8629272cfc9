package go4j.lincheck;

import go4j.Chan;
import go4j.Panic;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static go4j.Go.defaultCase;
import static go4j.Go.select;

/**
 * Model checks one channel against {@link ChanModel}: every operation of the channel API,
 * and sends and receives through {@code select} (with and without a default). Subclasses fix
 * the capacity: 0 (rendezvous), 1 and 2.
 *
 * <p>Left out, and why: {@code len()} is a racy snapshot in Go too (it reads {@code qcount}
 * without the lock, so a {@code len} concurrent with a hand-off from a waiting sender may see
 * either side), and {@code cap()} is a constant; iteration is a loop of {@code recvOk}.
 */
@Tag("lincheck")
public abstract class ChanLincheckTest implements Modeled {
    static final List<Model.Op> OPS = List.of(
            Model.Op.withValue("send", 3),
            Model.Op.of("recv", 2),
            Model.Op.of("recvOk", 2),
            Model.Op.withValue("trySend", 2),
            Model.Op.of("tryRecv", 2),
            Model.Op.of("close", 1),
            Model.Op.withValue("selectSend", 2),
            Model.Op.of("selectRecv", 2),
            Model.Op.withValue("selectSendOrDefault", 1),
            Model.Op.of("selectRecvOrDefault", 1));

    private final int capacity;
    final Chan<Integer> c;

    ChanLincheckTest(int capacity) {
        this.capacity = capacity;
        this.c = new Chan<>(capacity);
    }

    @Override
    public Model model() {
        return new ChanModel(OPS, capacity);
    }

    /** Runs a channel operation; a panic is a result, written "panic: message". */
    static String result(Supplier<Object> op) {
        try {
            return String.valueOf(op.get());
        } catch (Panic p) {
            return "panic: " + p.getMessage();
        }
    }

    static String ok(Runnable op) {
        return result(() -> {
            op.run();
            return "ok";
        });
    }

    @Operation
    public String send(int v) {
        return ok(() -> c.send(v));
    }

    @Operation
    public String recv() {
        return result(c::recv);
    }

    @Operation
    public String recvOk() {
        return result(() -> {
            var r = c.recvOk();
            return r.value() + "," + r.ok();
        });
    }

    @Operation
    public String trySend(int v) {
        return result(() -> c.trySend(v));
    }

    @Operation
    public String tryRecv() {
        return result(() -> {
            var r = c.tryRecv();
            return r == null ? "would block" : r.value() + "," + r.ok();
        });
    }

    @Operation
    public String close() {
        return ok(c::close);
    }

    @Operation
    public String selectSend(int v) {
        return result(() -> select(c.onSend(v, () -> "ok")));
    }

    @Operation
    public String selectRecv() {
        return result(() -> select(c.onRecvOk((x, ok) -> x + "," + ok)));
    }

    @Operation
    public String selectSendOrDefault(int v) {
        return result(() -> select(c.onSend(v, () -> "sent"), defaultCase(() -> "default")));
    }

    @Operation
    public String selectRecvOrDefault() {
        return result(() -> select(c.onRecvOk((x, ok) -> x + "," + ok), defaultCase(() -> "default")));
    }

    @Test
    void modelChecking() {
        LincheckOptions.modelChecking(15, 2, 3).check(getClass());
    }

    @Test
    void stress() {
        LincheckOptions.stress(10, 2, 3).check(getClass());
    }
}
