package go4j.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Null parents and other bad arguments (Go's TestInvalidDerivedFail). */
@Timeout(30)
class BadInputTest {
    static Stream<Arguments> derivations() {
        RuntimeException cause = new RuntimeException("cause");
        return Stream.of(
                Arguments.of("withCancel", (Executable) () -> Context.withCancel(null)),
                Arguments.of("withCancelCause", (Executable) () -> Context.withCancelCause(null)),
                Arguments.of("withDeadline", (Executable) () -> Context.withDeadline(null, Instant.now().plus(Ctx.SHORT))),
                Arguments.of("withDeadlineCause", (Executable) () -> Context.withDeadlineCause(null, Instant.now(), cause)),
                Arguments.of("withTimeout", (Executable) () -> Context.withTimeout(null, Ctx.SHORT)),
                Arguments.of("withTimeoutCause", (Executable) () -> Context.withTimeoutCause(null, Ctx.SHORT, cause)),
                Arguments.of("withValue", (Executable) () -> Context.withValue(null, "foo", "bar")),
                Arguments.of("withoutCancel", (Executable) () -> Context.withoutCancel(null)),
                Arguments.of("afterFunc", (Executable) () -> Context.afterFunc(null, () -> { })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derivations")
    void nilParentIsRejectedWithGosMessage(String name, Executable derive) {
        NullPointerException e = assertThrows(NullPointerException.class, derive);
        assertEquals("cannot create context from nil parent", e.getMessage());
    }

    @Test
    void nullDeadlineIsRejected() {
        assertThrows(NullPointerException.class, () -> Context.withDeadline(Context.background(), null));
    }

    @Test
    void nullTimeoutIsRejected() {
        assertThrows(NullPointerException.class, () -> Context.withTimeout(Context.background(), (Duration) null));
    }

    @Test
    void nullAfterFuncIsRejected() {
        assertThrows(NullPointerException.class, () -> Context.afterFunc(Context.background(), null));
    }

    @Test
    void causeOfNullIsRejected() {
        assertThrows(NullPointerException.class, () -> Context.cause(null));
    }

    @Test
    void userContextClosingDoneWithoutErrPanicsLikeGo() {
        go4j.Chan<Void> donec = new go4j.Chan<>();
        donec.close();
        Context broken = new Ctx.OwnDoneContext(Context.background(), donec); // err() stays null
        go4j.Panic p = assertThrows(go4j.Panic.class, () -> Context.withCancel(broken));
        assertEquals("context: internal error: missing cancel error", p.getMessage());
    }
}
