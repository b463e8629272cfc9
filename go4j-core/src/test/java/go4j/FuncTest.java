package go4j;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Goroutine bodies that throw checked exceptions ({@link Func}): the call shapes users write
 * compile against {@code go} and {@code Go.main} without ambiguity, and a checked exception
 * escaping a goroutine is a panic like any other. (These tests run with
 * {@code go4j.exitOnPanic=false}: Go.main throws instead of ending the JVM.) The report's
 * format is checked in go4j.diag.PanicReportTest.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuncTest {
    private final Chan<String> out = new Chan<>(1);

    private static String read() throws IOException {
        return "data";
    }

    private void save() throws IOException {
        out.send("saved");
    }

    private static void fail(String why) throws IOException {
        throw new IOException(why);
    }

    // ---- the call shapes compile and run ----

    @Test
    void lambdaCallingAMethodThatThrowsIOExceptionIsAGoroutineBody() {
        go(() -> out.send(read()));
        assertEquals("data", out.recv());
    }

    @Test
    void methodReferenceToAMethodThatThrowsIOExceptionIsAGoroutineBody() {
        go(this::save);
        assertEquals("saved", out.recv());
    }

    @Test
    void mainTakesAMethodReferenceToAMethodThatThrowsIOException() {
        Go.main(this::save);
        assertEquals("saved", out.recv());
    }

    @Test
    void expressionLambdaWhoseValueIsDroppedIsAGoroutineBody() {
        go(() -> out.trySend("sent")); // trySend's boolean is dropped, as Go drops f's results
        assertEquals("sent", out.recv());
    }

    @Test
    void blockLambdaThatThrowsACheckedExceptionCompiles() {
        Panic p = assertThrows(Panic.class, () -> Go.main(() -> {
            throw new IOException("disk full");
        }));
        assertInstanceOf(IOException.class, p.getCause());
    }

    @Test
    void aRunnableVariableStillGoesToGo() {
        Runnable r = () -> out.send("runnable");
        go(r);
        assertEquals("runnable", out.recv());
        Go.main(r);
    }

    @Test
    void aFuncVariableGoesToGo() {
        Func f = () -> out.send(read());
        go(f);
        assertEquals("data", out.recv());
    }

    @Test
    void goWithANullFuncThrowsNullPointerExceptionAtTheCallSite() {
        assertThrows(NullPointerException.class, () -> go((Func) null));
        assertThrows(NullPointerException.class, () -> Go.main((Func) null));
    }

    // ---- an escaping checked exception is a panic ----

    @Test
    void checkedExceptionEscapingAGoroutineEndsItsProgramGoMainThrowsItAsAPanicCause() {
        IOException disk = new IOException("disk full");
        Panic p = assertThrows(Panic.class, () -> Go.main(() -> {
            go(() -> {
                throw disk;
            });
            new Chan<Integer>().recv(); // torn down by the panic
        }));
        assertEquals("java.io.IOException: disk full", p.getMessage(), "the panic value, as Go prints it");
        assertSame(disk, p.getCause(), "the exception itself, not wrapped further");
    }

    @Test
    void checkedExceptionEscapingTheMainGoroutineIsThrownByGoMainAsAPanicCause() {
        Panic p = assertThrows(Panic.class, () -> Go.main(() -> fail("no space")));
        assertEquals("java.io.IOException: no space", p.getMessage());
        assertInstanceOf(IOException.class, p.getCause());
    }

    @Test
    void uncheckedExceptionEscapingAFuncIsThrownByGoMainAsItIs() {
        UncheckedIOException boom = new UncheckedIOException(new IOException("boom"));
        Func f = () -> {
            throw boom;
        };
        assertSame(boom, assertThrows(UncheckedIOException.class, () -> Go.main(f)));
    }

    @Test
    void funcRunLetsACheckedExceptionEscapeUnchanged() {
        IOException e = new IOException("x");
        Func f = () -> {
            throw e;
        };
        assertSame(e, assertThrows(IOException.class, f::run));
    }
}
