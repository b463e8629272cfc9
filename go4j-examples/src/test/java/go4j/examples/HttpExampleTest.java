package go4j.examples;

import go4j.Go;
import go4j.sync.WaitGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goroutine-per-request server, driven by java.net.http.HttpClient on loopback. Requests
 * that must succeed get a 30 s request timeout (far beyond any delay), so that only the slow
 * lookup, which never ends by itself, ever times out.
 */
@Timeout(120)
class HttpExampleTest {
    private static HttpClient client;

    @BeforeAll
    static void client() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void answersAQuery() throws IOException {
        try (HttpExample.Server srv = HttpExample.serve(Duration.ofSeconds(30))) {
            assertEquals("200 hello, gopher", HttpExample.get(client, srv.base() + "/?q=gopher"));
            assertEquals("200 hello, a b", HttpExample.get(client, srv.base() + "/?q=a+b"));
            assertEquals("200 hello,", HttpExample.get(client, srv.base() + "/")); // Go's TrimSpace, too
        }
    }

    @Test
    void theSlowLookupGets504WhenTheRequestContextTimesOut() throws IOException {
        try (HttpExample.Server srv = HttpExample.serve(Duration.ofMillis(50))) {
            assertEquals("504 context deadline exceeded", HttpExample.get(client, srv.base() + "/?q=slow"));
        }
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        try (HttpExample.Server srv = HttpExample.serve(Duration.ofSeconds(30))) {
            assertTrue(srv.http().getAddress().getAddress().isLoopbackAddress(), srv.http().getAddress().toString());
            assertTrue(srv.base().startsWith("http://127.0.0.1:"), srv.base());
        }
    }

    @Test
    void eachRequestIsHandledInAGoroutine() throws IOException {
        try (HttpExample.Server srv = HttpExample.serve(Duration.ofSeconds(30))) {
            srv.http().createContext("/who", w -> HttpExample.write(w,
                    new HttpExample.Reply(200, Go.stack(false).lines().findFirst().orElse("?"))));
            String who = HttpExample.get(client, srv.base() + "/who");
            assertTrue(who.matches("200 goroutine \\d+ \\[running\\]:"), who);
        }
    }

    @Test
    void requestsAreHandledConcurrently() throws Exception {
        // Each /barrier request waits until all eight are being handled at once: served one at
        // a time, none would ever answer (the test's timeout would end it).
        int n = 8;
        WaitGroup allIn = new WaitGroup();
        allIn.add(n);
        try (HttpExample.Server srv = HttpExample.serve(Duration.ofSeconds(30))) {
            srv.http().createContext("/barrier", w -> {
                allIn.done();
                allIn.await();
                HttpExample.write(w, new HttpExample.Reply(200, "all in"));
            });
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> HttpExample.get(client, srv.base() + "/barrier")));
            }
            for (CompletableFuture<String> a : answers) {
                assertEquals("200 all in", a.join());
            }
        }
    }

    @Test
    void manyConcurrentClientsEachGetTheirOwnAnswer() throws IOException {
        try (HttpExample.Server srv = HttpExample.serve(Duration.ofSeconds(30))) {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String url = srv.base() + "/?q=" + i;
                answers.add(CompletableFuture.supplyAsync(() -> HttpExample.get(client, url)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals("200 hello, " + i, answers.get(i).join());
            }
        }
    }

    @Test
    void closingTheServerCancelsTheRequestsInFlight() throws Exception {
        HttpExample.Server srv = HttpExample.serve(Duration.ofSeconds(30));
        CompletableFuture<Void> handled = new CompletableFuture<>();
        srv.http().createContext("/wait", w -> {
            // the same server context the "/" handler derives request contexts from
            srv.ctx().context().done().recv();
            handled.complete(null);
            byte[] body = ("stopped: " + srv.ctx().context().err()).getBytes(StandardCharsets.UTF_8);
            w.sendResponseHeaders(200, body.length);
            try (OutputStream o = w.getResponseBody()) {
                o.write(body);
            }
        });
        CompletableFuture<String> r = CompletableFuture.supplyAsync(() -> HttpExample.get(client, srv.base() + "/wait"));
        srv.ctx().cancel(); // what close() does first
        handled.join();
        assertEquals("200 stopped: context canceled", r.join());
        srv.close();
    }
}
