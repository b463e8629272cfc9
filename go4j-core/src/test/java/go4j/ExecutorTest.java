package go4j;

import com.sun.net.httpserver.HttpServer;
import go4j.internal.runtime.G;
import go4j.internal.runtime.Program;
import go4j.internal.runtime.WaitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static go4j.TestSupport.spawnPlatformVoid;
import static go4j.TestSupport.spawnVoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Go#executor()}: each task a goroutine of the program that made the executor, for the
 * JDK's APIs that take an executor (CompletableFuture, HttpServer), with the JDK's
 * ExecutorService lifecycle. (Tests run with go4j.exitOnPanic=false: Go.main throws.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExecutorTest {

    // ---- tasks are goroutines ----

    @Test
    void executeRunsTheTaskAsAGoroutine() throws Exception {
        ExecutorService ex = Go.executor();
        CompletableFuture<G> g = new CompletableFuture<>();
        ex.execute(() -> g.complete(G.current()));
        assertNotNull(g.get(), "the task runs as a goroutine");
        assertTrue(g.get().thread().isVirtual());
        ex.close();
    }

    @Test
    void tasksBelongToTheProgramThatMadeTheExecutorWhereverTheyAreSubmittedFrom() {
        AtomicReference<Program> mainProgram = new AtomicReference<>();
        AtomicReference<Program> taskProgram = new AtomicReference<>();
        Go.main(() -> {
            mainProgram.set(G.current().program());
            ExecutorService ex = Go.executor();
            // Submitted from a platform thread, which belongs to no program.
            spawnPlatformVoid(() -> ex.execute(() -> taskProgram.set(G.current().program()))).join();
            ex.close();
        });
        assertNotNull(taskProgram.get());
        assertSame(mainProgram.get(), taskProgram.get());
    }

    @Test
    void completableFutureChainRunsEachStageOnAGoroutine() {
        ExecutorService ex = Go.executor();
        List<Boolean> onGoroutine = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Integer> six = CompletableFuture.supplyAsync(() -> {
            onGoroutine.add(G.current() != null);
            return 6;
        }, ex);
        CompletableFuture<Integer> seven = CompletableFuture.supplyAsync(() -> {
            onGoroutine.add(G.current() != null);
            return 7;
        }, ex);
        String answer = six.thenCombineAsync(seven, (a, b) -> {
            onGoroutine.add(G.current() != null);
            return a * b;
        }, ex).thenApplyAsync(n -> {
            onGoroutine.add(G.current() != null);
            return "answer " + n;
        }, ex).join();
        assertEquals("answer 42", answer);
        assertEquals(List.of(true, true, true, true), onGoroutine);
        ex.close();
    }

    @Test
    void completableFutureStageBlockedOnAChannelIsReleasedByASend() {
        ExecutorService ex = Go.executor();
        Chan<String> c = new Chan<>();
        CompletableFuture<String> got = CompletableFuture.supplyAsync(c::recv, ex);
        c.send("hello");
        assertEquals("hello", got.join());
        ex.close();
    }

    @Test
    void httpServerServesEachRequestOnAGoroutineOfTheProgram() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hello");
        AtomicReference<String> replies = new AtomicReference<>("");
        Go.main(() -> {
            Program program = G.current().program();
            ExecutorService ex = Go.executor();
            server.createContext("/", exchange -> {
                G g = G.current();
                String body = (g != null && g.program() == program ? "goroutine " : "not a goroutine ")
                        + exchange.getRequestURI().getPath();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.setExecutor(ex);
            server.start();
            try {
                for (int i = 0; i < 3; i++) {
                    try (InputStream in = uri.toURL().openStream()) {
                        replies.set(replies.get() + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n");
                    }
                }
            } finally {
                server.stop(0);
                ex.close();
            }
        });
        assertEquals("goroutine /hello\n".repeat(3), replies.get());
    }

    @Test
    void anExceptionEscapingAnExecutedTaskIsItsGoroutinesPanic() {
        IllegalStateException boom = new IllegalStateException("boom");
        PrintStream saved = System.err; // the panic report
        System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            Throwable t = assertThrows(IllegalStateException.class, () -> Go.main(() -> {
                Go.executor().execute(() -> {
                    throw boom;
                });
                new Chan<Integer>().recv(); // torn down by the panic
            }));
            assertSame(boom, t);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void submitKeepsTheTasksExceptionInItsFuture() throws Exception {
        ExecutorService ex = Go.executor();
        IllegalStateException boom = new IllegalStateException("boom");
        Future<Object> f = ex.submit(() -> {
            throw boom;
        });
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertSame(boom, e.getCause());
        ex.close();
    }

    @Test
    void aTasksFramesInADumpLeaveTheExecutorsWrapperOut() throws Exception {
        ExecutorService ex = Go.executor();
        Future<String> dump = ex.submit(() -> Go.stack(false));
        String d = dump.get();
        assertTrue(d.contains("go4j.ExecutorTest.lambda$"), d);
        assertFalse(d.contains("GoroutineExecutor"), d);
        ex.close();
    }

    @Test
    void executeWithANullTaskThrowsNullPointerException() {
        ExecutorService ex = Go.executor();
        assertThrows(NullPointerException.class, () -> ex.execute(null));
        ex.shutdown();
        assertTrue(ex.isTerminated(), "the rejected task was not counted");
    }

    // ---- lifecycle ----

    @Test
    void shutdownRejectsNewTasksAndLetsRunningOnesFinish() throws Exception {
        ExecutorService ex = Go.executor();
        Chan<Boolean> release = new Chan<>();
        Chan<String> finished = new Chan<>(1);
        ex.execute(() -> {
            release.recv();
            finished.send("finished");
        });
        ex.shutdown();
        assertTrue(ex.isShutdown());
        assertFalse(ex.isTerminated(), "a task still runs");
        assertThrows(RejectedExecutionException.class, () -> ex.execute(() -> { }));
        assertFalse(ex.awaitTermination(0, TimeUnit.SECONDS));
        release.send(true);
        assertEquals("finished", finished.recv());
        assertTrue(ex.awaitTermination(1, TimeUnit.MINUTES));
        assertTrue(ex.isTerminated());
    }

    @Test
    void shutdownWithNoTaskRunningTerminatesAtOnce() throws Exception {
        ExecutorService ex = Go.executor();
        assertFalse(ex.isShutdown());
        ex.shutdown();
        ex.shutdown(); // again: nothing more happens
        assertTrue(ex.isTerminated());
        assertTrue(ex.awaitTermination(0, TimeUnit.SECONDS));
    }

    @Test
    void shutdownNowInterruptsTheRunningTasksAndReturnsNoWaitingTask() throws Exception {
        ExecutorService ex = Go.executor();
        Chan<Throwable> outcome = new Chan<>(2);
        for (int i = 0; i < 2; i++) {
            ex.execute(() -> {
                try {
                    new Chan<Integer>().recv();
                } catch (Interrupted e) {
                    outcome.send(e);
                }
            });
        }
        // Whether a task is parked yet or not: a task running when shutdownNow comes is
        // interrupted, and one still starting sees the interrupt at its first wait.
        assertEquals(List.of(), ex.shutdownNow(), "a task starts when submitted: none waits");
        assertInstanceOf(Interrupted.class, outcome.recv());
        assertInstanceOf(Interrupted.class, outcome.recv());
        assertTrue(ex.awaitTermination(1, TimeUnit.MINUTES));
    }

    @Test
    void awaitTerminationTimesOutWhileATaskRuns() throws Exception {
        ExecutorService ex = Go.executor();
        Chan<Boolean> release = new Chan<>();
        ex.execute(release::recv);
        ex.shutdown();
        assertFalse(ex.awaitTermination(10, TimeUnit.MILLISECONDS));
        release.send(true);
        assertTrue(ex.awaitTermination(1, TimeUnit.MINUTES));
    }

    @Test
    void awaitTerminationInterruptedThrowsInterruptedExceptionAndClearsTheFlagAsTheJdksDo() throws Exception {
        ExecutorService ex = Go.executor();
        Chan<Boolean> release = new Chan<>();
        ex.execute(release::recv);
        ex.shutdown();
        var waiter = spawnVoid(() -> ex.awaitTermination(1, TimeUnit.HOURS)).awaitBlocked(WaitReason.SELECT);
        waiter.interrupt();
        assertInstanceOf(InterruptedException.class, waiter.failure());
        assertFalse(waiter.interruptedAtExit(), "a method that throws InterruptedException clears the flag");
        release.send(true);
        assertTrue(ex.awaitTermination(1, TimeUnit.MINUTES));
    }

    @Test
    void closeShutsDownAndWaitsForEveryTask() {
        Chan<String> done = new Chan<>(3);
        ExecutorService closed;
        try (ExecutorService ex = Go.executor()) {
            closed = ex;
            for (int i = 0; i < 3; i++) {
                ex.execute(() -> {
                    Go.gosched();
                    done.send("done");
                });
            }
        }
        assertTrue(closed.isTerminated());
        assertEquals(3, done.len(), "every task ended before close returned");
    }

    @Test
    void closeInterruptedStopsTheTasksWaitsForThemAndSetsTheFlagAgain() {
        ExecutorService ex = Go.executor();
        Chan<String> outcome = new Chan<>(1);
        ex.execute(() -> {
            try {
                new Chan<Integer>().recv();
            } catch (Interrupted e) {
                outcome.send("task interrupted");
            }
        });
        var closer = spawnVoid(ex::close).awaitBlocked(WaitReason.CHAN_RECEIVE);
        closer.interrupt();
        closer.join();
        assertTrue(closer.interruptedAtExit(), "close keeps the interrupt, as the JDK's does");
        assertEquals("task interrupted", outcome.recv());
        assertTrue(ex.isTerminated());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SAME_THREAD)
    void underGoMainCloseWaitingForTasksThatCanNeverEndIsADeadlock() {
        // On the runner's own thread (as in DeadlockTest): a thread waiting for this test on a
        // timer, as the runner's main thread does in SEPARATE_THREAD mode, is awake for the verdict.
        PrintStream saved = System.err; // the deadlock report
        System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            Panic p = assertThrows(Panic.class, () -> Go.main(() -> {
                ExecutorService ex = Go.executor();
                ex.execute(() -> new Chan<Integer>().recv()); // nobody will ever send
                ex.close();
            }));
            assertEquals("all goroutines are asleep - deadlock!", p.getMessage());
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void eachCallReturnsAnExecutorWithALifecycleOfItsOwn() throws Exception {
        ExecutorService a = Go.executor();
        ExecutorService b = Go.executor();
        a.shutdown();
        assertTrue(a.isShutdown());
        assertFalse(b.isShutdown());
        assertEquals(6, b.submit(() -> 6).get());
        b.close();
    }

    @Test
    void aTaskSubmittedAfterItsProgramWasTornDownIsRejected() {
        AtomicReference<ExecutorService> ex = new AtomicReference<>();
        PrintStream saved = System.err; // the panic report
        System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            assertThrows(IllegalStateException.class, () -> Go.main(() -> {
                ex.set(Go.executor());
                throw new IllegalStateException("boom");
            }));
        } finally {
            System.setErr(saved);
        }
        assertThrows(RejectedExecutionException.class, () -> ex.get().execute(() -> { }));
        ex.get().shutdown();
        assertTrue(ex.get().isTerminated(), "the rejected task was not left counted");
    }
}
