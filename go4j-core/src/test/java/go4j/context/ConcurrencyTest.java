package go4j.context;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.sync.WaitGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many goroutines at once (Go's TestSimultaneousCancels, TestInterlockedCancels,
 * TestLayersCancel, TestLayersTimeout), and races between joining and canceling.
 */
@Timeout(60)
class ConcurrencyTest {
    @Test
    void simultaneousCancelsOfATreeAllComplete() {
        Cancelable root = Context.withCancel(Context.background());
        List<Cancelable> all = new ArrayList<>(List.of(root));
        for (int head = 0; all.size() < 100; head++) {
            Context parent = all.get(head).context();
            for (int i = 0; i < 4; i++) {
                all.add(Context.withCancel(parent));
            }
        }
        List<Cancelable> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled);
        WaitGroup wg = new WaitGroup();
        wg.add(shuffled.size());
        for (Cancelable c : shuffled) {
            go(() -> {
                c.cancel();
                wg.done();
            });
        }
        Collections.shuffle(shuffled);
        for (Cancelable c : shuffled) {
            Ctx.awaitDone(c.context());
            assertSame(Context.CANCELED, c.context().err());
        }
        wg.await();
    }

    @Test
    void childCanceledFromAGoroutineWatchingItsParentDoesNotDeadlock() {
        Cancelable parent = Context.withCancel(Context.background());
        Cancelable child = Context.withCancel(parent.context());
        go(() -> {
            Ctx.awaitDone(parent.context());
            child.cancel();
        });
        parent.cancel();
        Ctx.awaitDone(child.context());
    }

    private record Layers(Context ctx, List<Object> keys, List<Cancelable> cancels) {
    }

    /** Go's testLayers: a random stack of value, cancel and timeout contexts. */
    private static Layers layers(long seed, Duration timeout) {
        Random r = new Random(seed);
        Context ctx = Context.background();
        List<Object> keys = new ArrayList<>();
        List<Cancelable> cancels = new ArrayList<>();
        int timers = 0;
        for (int i = 0; i < 30 || timers == 0 || cancels.isEmpty() || keys.isEmpty(); i++) {
            switch (r.nextInt(3)) {
                case 0 -> {
                    Object key = new Object();
                    ctx = Context.withValue(ctx, key, key);
                    keys.add(key);
                }
                case 1 -> {
                    Cancelable c = Context.withCancel(ctx);
                    ctx = c.context();
                    cancels.add(c);
                }
                default -> {
                    Cancelable c = Context.withTimeout(ctx, timeout);
                    ctx = c.context();
                    cancels.add(c);
                    timers++;
                }
            }
        }
        return new Layers(ctx, keys, cancels);
    }

    private static void checkValues(Layers l) {
        for (Object key : l.keys()) {
            assertSame(key, l.ctx().value(key));
        }
    }

    @Test
    void layersCancelFromAnyLayerReachesTheTop() {
        long seed = System.nanoTime();
        Layers l = layers(seed, Ctx.VERY_LONG);
        assertFalse(Ctx.isDone(l.ctx()), "seed=" + seed);
        assertTrue(l.ctx().toString().startsWith("context.Background."), l.ctx().toString());
        checkValues(l);
        l.cancels().get(new Random(seed).nextInt(l.cancels().size())).cancel();
        assertTrue(Ctx.isDone(l.ctx()), "seed=" + seed);
        checkValues(l);
        l.cancels().forEach(Cancelable::cancel);
    }

    @Test
    void layersTimeoutReachesTheTop() {
        Layers l = layers(System.nanoTime(), Ctx.SHORT);
        checkValues(l);
        Ctx.awaitDone(l.ctx());
        assertNotNull(l.ctx().err());
        checkValues(l);
    }

    @Test
    void childrenJoiningAndLeavingConcurrentlyLeaveNoChild() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            int goroutines = 8, each = 2_000;
            WaitGroup wg = new WaitGroup();
            wg.add(goroutines);
            for (int g = 0; g < goroutines; g++) {
                int kind = g % 3;
                go(() -> {
                    for (int i = 0; i < each; i++) {
                        Cancelable c = switch (kind) {
                            case 0 -> Context.withCancel(parent.context());
                            case 1 -> Context.withTimeout(parent.context(), Ctx.VERY_LONG);
                            default -> Context.withCancel(Context.withValue(parent.context(), "k", i));
                        };
                        c.cancel();
                    }
                    wg.done();
                });
            }
            wg.await();
            assertEquals(0, Ctx.internal(parent.context()).childCount());
            assertFalse(Ctx.isDone(parent.context()));
        }
    }

    @Test
    void parentCancelRacingChildCreationCancelsEveryChild() {
        for (int round = 0; round < 20; round++) {
            Cancelable parent = Context.withCancel(Context.background());
            ConcurrentLinkedQueue<Cancelable> made = new ConcurrentLinkedQueue<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            WaitGroup wg = new WaitGroup();
            wg.add(4);
            for (int g = 0; g < 4; g++) {
                go(() -> {
                    try {
                        for (int i = 0; i < 200; i++) {
                            made.add(Context.withCancel(parent.context()));
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        wg.done();
                    }
                });
            }
            parent.cancel();
            wg.await();
            assertNull(failure.get());
            for (Cancelable c : made) {
                assertTrue(Ctx.isDone(c.context()));
                assertSame(Context.CANCELED, c.context().err());
            }
            assertEquals(0, Ctx.internal(parent.context()).childCount());
        }
    }

    /**
     * A child joining a parent at the instant the parent is canceled, before anyone asked for
     * the parent's done channel: the child must see the parent's err with its closed done
     * channel. (It once saw CLOSED_CHAN before err and panicked "missing cancel error"; in CI
     * that killed a goroutine of the test above before its wg.done().) Two threads in lock
     * step, so the two calls start together in every round.
     */
    @Test
    void childJoiningAsTheParentIsCanceledSeesTheParentsErr() throws Exception {
        int rounds = 300_000;
        AtomicReference<Cancelable> parentSlot = new AtomicReference<>();
        AtomicReference<Object> childSlot = new AtomicReference<>(); // the child, or what it threw
        AtomicInteger step = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread joiner = Thread.ofPlatform().start(() -> {
            for (int r = 0; r < rounds; r++) {
                for (int spins = 0; step.get() != 2 * r + 1; spins++) {
                    if (stop.get()) {
                        return;
                    }
                    pause(spins);
                }
                try {
                    childSlot.set(Context.withCancel(parentSlot.get().context()));
                } catch (Throwable t) {
                    childSlot.set(t);
                }
                step.incrementAndGet();
            }
        });
        try {
            for (int r = 0; r < rounds; r++) {
                Cancelable parent = Context.withCancel(Context.background());
                parentSlot.set(parent);
                step.incrementAndGet();
                parent.cancel();
                for (int spins = 0; step.get() != 2 * r + 2; spins++) {
                    pause(spins);
                }
                int round = r;
                Object child = childSlot.get();
                assertInstanceOf(Cancelable.class, child, () -> "round " + round + ": " + child);
                assertSame(Context.CANCELED, ((Cancelable) child).context().err());
            }
        } finally {
            stop.set(true);
            joiner.join();
        }
    }

    /** A lock-step wait: spin a little, then yield, so that one core is enough. */
    private static void pause(int spins) {
        if (spins < 100) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    @Test
    void childCancelRacingParentCancelEndsCanceledWithOneOfTheCauses() {
        for (int round = 0; round < 200; round++) {
            RuntimeException pc = new RuntimeException("parent"), cc = new RuntimeException("child");
            Cancelable parent = Context.withCancelCause(Context.background());
            Cancelable child = Context.withCancelCause(parent.context());
            Cancelable grandchild = Context.withCancel(child.context());
            go(() -> child.cancel(cc));
            parent.cancel(pc);
            Ctx.awaitDone(grandchild.context());
            Throwable cause = Context.cause(grandchild.context());
            assertTrue(cause == pc || cause == cc, String.valueOf(cause));
            Ctx.eventually(() -> Ctx.internal(parent.context()).childCount() == 0);
        }
    }
}
