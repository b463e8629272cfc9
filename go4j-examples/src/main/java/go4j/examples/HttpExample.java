package go4j.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import go4j.Chan;
import go4j.Go;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.sync.WaitGroup;
import go4j.time.Time;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * A goroutine per request: the JDK's {@link HttpServer} on 127.0.0.1 with go4j's
 * {@code go} as its executor, so that each request is handled in its own goroutine, as
 * net/http does. The handler gives its work a context that times out (after a second in
 * {@link #main}) and answers 504 when the work is too slow. Go original: {@code go4j-examples/go/http.go}.
 *
 * <p>Go's {@code r.Context()} is canceled when the client goes away or the server shuts
 * down. The JDK server has no such context, so {@link Server} makes one: every request's
 * context derives from a server context that {@link Server#close()} cancels.
 */
public final class HttpExample {
    private HttpExample() {
    }

    /** Go's {@code (string, error)} result. */
    record Answer(String s, Exception err) {
    }

    /** What the handler writes: a status and a body line. */
    record Reply(int status, String body) {
    }

    // lookup answers at once, except for "slow", which takes an hour unless ctx ends first.
    static Answer lookup(Context ctx, String q) {
        if (q.equals("slow")) {
            Answer stopped = select(
                    Time.after(Duration.ofHours(1)).onRecv(t -> null),
                    ctx.done().onRecv(x -> new Answer("", ctx.err())));
            if (stopped != null) {
                return stopped;
            }
        }
        return new Answer("hello, " + q, null);
    }

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    static void handler(Context serverCtx, Duration timeout, HttpExchange w) throws IOException {
        try (Cancelable c = Context.withTimeout(serverCtx, timeout)) {
            Context ctx = c.context();
            Chan<Answer> result = new Chan<>(1); // buffered: the goroutine never waits for us
            String q = query(w.getRequestURI(), "q");
            go(() -> result.send(lookup(ctx, q)));
            Reply reply = select(
                    result.onRecv(a -> a.err() != null
                            ? new Reply(504, a.err().getMessage())
                            : new Reply(200, a.s())),
                    ctx.done().onRecv(x -> new Reply(504, ctx.err().getMessage())));
            write(w, reply);
        }
    }

    /** A running server; {@link #close()} stops it and cancels its requests' contexts. */
    public record Server(HttpServer http, Cancelable ctx, String base) implements AutoCloseable {
        @Override
        public void close() {
            ctx.cancel();
            http.stop(0);
        }
    }

    /** Starts the server on 127.0.0.1 and an ephemeral port; each request times out after {@code timeout}. */
    public static Server serve(Duration timeout) throws IOException {
        Cancelable serverCtx = Context.withCancel(Context.background());
        HttpServer srv = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        srv.createContext("/", w -> handler(serverCtx.context(), timeout, w));
        srv.setExecutor(Go::go); // each request in its own goroutine
        srv.start();
        return new Server(srv, serverCtx, "http://127.0.0.1:" + srv.getAddress().getPort());
    }

    static String get(HttpClient client, String url) {
        try {
            HttpResponse<String> resp = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return resp.statusCode() + " " + resp.body().strip();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    public static void main(String[] args) {
        Go.main(() -> {
            try (Server srv = serve(TIMEOUT);
                 HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                String base = srv.base();
                Fmt.println("serving on 127.0.0.1 (an ephemeral port)");

                Fmt.println("GET /?q=gopher ->", get(client, base + "/?q=gopher"));
                Fmt.println("GET /?q=slow   ->", get(client, base + "/?q=slow"));

                WaitGroup wg = new WaitGroup();
                String[] answers = new String[20];
                for (int i = 0; i < answers.length; i++) {
                    wg.add(1);
                    int id = i;
                    go(() -> {
                        try {
                            answers[id] = get(client, base + "/?q=" + id);
                        } finally {
                            wg.done();
                        }
                    });
                }
                wg.await();
                int ok = 0;
                for (int i = 0; i < answers.length; i++) {
                    if (answers[i].equals("200 hello, " + i)) {
                        ok++;
                    }
                }
                Fmt.println("20 concurrent requests, answered correctly:", ok);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    // ---- the parts net/http gives Go for free ----

    static String query(URI uri, String name) {
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
                if (k.equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    static void write(HttpExchange w, Reply reply) throws IOException {
        byte[] body = (reply.body() + "\n").getBytes(StandardCharsets.UTF_8);
        w.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        w.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = w.getResponseBody()) {
            out.write(body);
        }
    }
}
