package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.internal.runtime.Timers;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Deep chains, many children, many timers: every walk is a loop and nothing leaks. */
@Timeout(120)
class ScaleTest {
    static final int DEEP = 100_000;

    @Test
    void deepCancelChainCancelsFromTheRootWithoutStackOverflow() {
        Cancelable root = Context.withCancel(Context.background());
        Context leaf = root.context();
        for (int i = 0; i < DEEP; i++) {
            leaf = Context.withCancel(leaf).context();
        }
        assertFalse(Ctx.isDone(leaf));
        root.cancel();
        assertTrue(Ctx.isDone(leaf));
        assertSame(Context.CANCELED, leaf.err());
    }

    @Test
    void deepCancelChainAnswersDeadlineAndValueWithoutStackOverflow() {
        Instant d = Instant.now().plus(Duration.ofHours(1));
        try (Cancelable root = Context.withDeadline(Context.withValue(Context.background(), "k", "v"), d)) {
            Context leaf = root.context();
            for (int i = 0; i < DEEP; i++) {
                leaf = Context.withCancel(leaf).context();
            }
            assertEquals(Optional.of(d), leaf.deadline());
            assertEquals("v", leaf.value("k"));
            assertTrue(leaf.toString().endsWith(".WithCancel.WithCancel"));
        }
    }

    @Test
    void deepValueChainAnswersLookupsWithoutStackOverflow() {
        Cancelable root = Context.withCancel(Context.background());
        Context leaf = Context.withValue(root.context(), "root", "found");
        for (int i = 0; i < DEEP; i++) {
            leaf = Context.withValue(leaf, i, i);
        }
        assertEquals("found", leaf.value("root"));
        assertEquals(7, leaf.value(7));
        assertNull(leaf.value("absent"));
        assertTrue(leaf.deadline().isEmpty());
        assertNull(leaf.err());
        assertSame(root.context().done(), leaf.done());
        assertTrue(leaf.toString().startsWith("context.Background.WithCancel.WithValue(root, found).WithValue(0, 0)"));
        root.cancel();
        assertSame(Context.CANCELED, leaf.err());
        assertSame(Context.CANCELED, Context.cause(leaf));
    }

    @Test
    void deepMixedChainUnderAnExpiringTimeoutExpiresEverywhere() {
        Cancelable root = Context.withTimeout(Context.background(), Duration.ofMillis(5));
        Context leaf = root.context();
        for (int i = 0; i < DEEP; i++) {
            leaf = i % 2 == 0 ? Context.withCancel(leaf).context() : Context.withValue(leaf, "k", i);
        }
        Ctx.awaitDone(leaf);
        assertSame(Context.DEADLINE_EXCEEDED, leaf.err());
    }

    @Test
    void canceledChildrenOfALiveParentBecomeGarbage() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            List<WeakReference<Context>> refs = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                Cancelable c = i % 2 == 0
                        ? Context.withCancel(parent.context())
                        : Context.withTimeout(parent.context(), Ctx.VERY_LONG);
                c.context().done(); // make its channel too
                refs.add(new WeakReference<>(c.context()));
                c.cancel();
            }
            assertEquals(0, Ctx.internal(parent.context()).childCount());
            Ctx.eventually(() -> {
                System.gc();
                return refs.stream().allMatch(r -> r.get() == null);
            });
        }
    }

    @Test
    void canceledTimeoutChildrenOfALongLivedParentLeaveNoTimerOrChild() {
        try (Cancelable parent = Context.withCancel(Context.background())) {
            int before = Timers.pending();
            Cancelable[] children = new Cancelable[200_000];
            for (int i = 0; i < children.length; i++) {
                children[i] = Context.withTimeout(parent.context(), Ctx.VERY_LONG);
            }
            assertEquals(children.length, Ctx.internal(parent.context()).childCount());
            assertTrue(Timers.pending() >= children.length, "timers were scheduled");
            for (Cancelable c : children) {
                c.cancel();
            }
            assertEquals(0, Ctx.internal(parent.context()).childCount());
            assertTrue(Timers.pending() <= before, "pending timers: " + Timers.pending() + " > " + before);
        }
    }

    @Test
    void canceledParentLeavesNoTimerOfItsTimeoutChildren() {
        Cancelable parent = Context.withCancel(Context.background());
        int before = Timers.pending();
        for (int i = 0; i < 10_000; i++) {
            Context.withTimeout(parent.context(), Ctx.VERY_LONG);
        }
        parent.cancel();
        assertTrue(Timers.pending() <= before, "pending timers: " + Timers.pending() + " > " + before);
    }
}
