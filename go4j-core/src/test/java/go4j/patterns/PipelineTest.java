package go4j.patterns;

import go4j.Chan;
import go4j.RecvChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(60)
class PipelineTest {
    @Test
    void stageMapsEveryValueInOrder() {
        Context ctx = Context.background();
        RecvChan<Integer> sq = Pipeline.stage(ctx, Generator.from(ctx, List.of(1, 2, 3, 4)), x -> x * x);
        assertEquals(List.of(1, 4, 9, 16), Pipeline.collect(ctx, sq));
    }

    @Test
    void stagesComposeLikeTheGoBlogsSquarePipeline() {
        // Go: for n := range sq(sq(gen(2, 3))) { fmt.Println(n) } prints 16 then 81.
        Context ctx = Context.background();
        RecvChan<Integer> out = Pipeline.stage(ctx, Pipeline.stage(ctx, Generator.from(ctx, List.of(2, 3)), n -> n * n), n -> n * n);
        assertEquals(List.of(16, 81), Pipeline.collect(ctx, out));
    }

    @Test
    void filterKeepsMatchingValuesInOrder() {
        Context ctx = Context.background();
        List<Integer> nums = IntStream.range(0, 100).boxed().toList();
        RecvChan<Integer> even = Pipeline.filter(ctx, Generator.from(ctx, nums), x -> x % 2 == 0);
        assertEquals(nums.stream().filter(x -> x % 2 == 0).toList(), Pipeline.collect(ctx, even));
    }

    @Test
    void stageMayChangeTheType() {
        Context ctx = Context.background();
        RecvChan<String> s = Pipeline.stage(ctx, Generator.from(ctx, List.of(1, 22)), x -> "#" + x);
        assertEquals(List.of("#1", "#22"), Pipeline.collect(ctx, s));
    }

    @Test
    void outputClosesWhenTheInputCloses() {
        Chan<Integer> in = new Chan<>();
        RecvChan<Integer> out = Pipeline.stage(Context.background(), in, x -> x);
        in.close();
        assertFalse(out.recvOk().ok());
    }

    @Test
    void cancelingStopsAWholePipelineMidStream() {
        int base = Leaks.baseline();
        Cancelable c = Context.withCancel(Context.background());
        Context ctx = c.context();
        AtomicInteger n = new AtomicInteger();
        RecvChan<Integer> out = Pipeline.filter(ctx,
                Pipeline.stage(ctx, Generator.generate(ctx, n::incrementAndGet), x -> x * 10), x -> x % 20 == 0);
        assertEquals(20, out.recv());
        assertEquals(40, out.recv());
        c.cancel(); // every stage is blocked somewhere; each must notice
        Leaks.awaitBaseline(base);
        assertFalse(out.recvOk().ok());
    }

    @Test
    void collectReturnsWhatArrivedWhenTheContextEnds() {
        Cancelable c = Context.withCancel(Context.background());
        Chan<Integer> in = new Chan<>(); // never closed
        go(() -> {
            in.send(1);
            in.send(2);
            c.cancel();
        });
        List<Integer> got = Pipeline.collect(c.context(), in);
        assertEquals(List.of(1, 2), got);
        assertSame(Context.CANCELED, c.context().err());
    }

    @Test
    void aThrowingFunctionClosesTheStageOutput() {
        try (Cancelable c = Context.withCancel(Context.background())) { // ends the generator, left sending 2
            Context ctx = c.context();
            RecvChan<Integer> out = Pipeline.stage(ctx, Generator.from(ctx, List.of(1, 0, 2)), x -> 10 / x);
            assertEquals(10, out.recv());
            assertFalse(out.recvOk().ok()); // 10 / 0 escaped the stage's goroutine as a panic
        }
    }

    @Test
    void nullArgumentsThrowAtTheCall() {
        Context ctx = Context.background();
        Chan<Integer> in = new Chan<>();
        assertThrows(NullPointerException.class, () -> Pipeline.stage(null, in, x -> x));
        assertThrows(NullPointerException.class, () -> Pipeline.stage(ctx, null, x -> x));
        assertThrows(NullPointerException.class, () -> Pipeline.stage(ctx, in, null));
        assertThrows(NullPointerException.class, () -> Pipeline.filter(ctx, in, null));
        assertThrows(NullPointerException.class, () -> Pipeline.collect(ctx, null));
    }
}
