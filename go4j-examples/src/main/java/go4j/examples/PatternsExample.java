package go4j.examples;

import go4j.Go;
import go4j.RecvChan;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.patterns.FanIn;
import go4j.patterns.FanOut;
import go4j.patterns.Future;
import go4j.patterns.Generator;
import go4j.patterns.ParallelMap;
import go4j.patterns.Pipeline;
import go4j.patterns.WorkerPool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The same patterns as library calls ({@link go4j.patterns}): what the other examples write
 * out by hand, in a line or two each, all stopping with one context.
 */
public final class PatternsExample {
    private PatternsExample() {
    }

    public static void main(String[] args) {
        Go.main(() -> {
            try (Cancelable c = Context.withCancel(Context.background())) {
                Context ctx = c.context();

                int[] n = {0};
                RecvChan<Integer> naturals = Generator.generate(ctx, () -> n[0]++);
                Fmt.println("generator:", naturals.recv(), naturals.recv(), naturals.recv());

                RecvChan<Integer> in = Generator.from(ctx, List.of(1, 2, 3, 4, 5, 6));
                List<RecvChan<Integer>> workers = FanOut.fanOut(ctx, in, 2, x -> x * x);
                List<Integer> squares = new ArrayList<>(Pipeline.collect(ctx, FanIn.merge(ctx, workers)));
                Collections.sort(squares);
                Fmt.println("fan-out to 2, fan-in:", squares);

                RecvChan<Integer> odd = Pipeline.filter(ctx, Generator.from(ctx, List.of(1, 2, 3, 4, 5)), x -> x % 2 == 1);
                Fmt.println("pipeline:", Pipeline.collect(ctx, Pipeline.stage(ctx, odd, x -> x * 10)));

                WorkerPool<Integer, Integer> pool = WorkerPool.start(ctx, 3, 5, j -> j * 2);
                for (int j = 1; j <= 5; j++) {
                    pool.submit(j);
                }
                pool.tasks().close();
                int sum = 0;
                for (int r : pool.results()) {
                    sum += r;
                }
                Fmt.println("worker pool, sum of results:", sum);

                RecvChan<String> result = Future.start(() -> "result from select * from table");
                Fmt.println("future:", result.recv());

                Fmt.println("parallel map, limit 2:",
                        ParallelMap.map(ctx, List.of("go", "java", "jvm"), 2, String::length));
            } // cancel: the generator of naturals stops
        });
    }
}
