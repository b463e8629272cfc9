package go4j.bridge;

import go4j.Chan;
import go4j.RecvChan;
import go4j.Received;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static go4j.Go.go;
import static go4j.Go.select;

/**
 * {@link CompletableFuture} and channels: a future completed by one receive, and Go's "future
 * as a channel of size 1" made from a Java future, for a {@code select} next to other channels.
 *
 * <pre>{@code
 * CompletableFuture<String> page = HttpClient.newHttpClient()
 *         .sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:8080/")).build(),
 *                 HttpResponse.BodyHandlers.ofString())
 *         .thenApply(HttpResponse::body);
 * String r = select(
 *         ChanFutures.resultChan(page).onRecv(body -> body),
 *         Time.after(Duration.ofSeconds(1)).onRecv(t -> "timed out"));
 * }</pre>
 */
public final class ChanFutures {
    private ChanFutures() {
    }

    /**
     * A future completed by one receive from {@code source}, made by a goroutine started here:
     * with the value received, or, if the channel is closed and drained, exceptionally with
     * {@link NoSuchElementException}. The future's non-async dependents run on that goroutine.
     *
     * <p>Completing or canceling the future first stops the receive, and the goroutine ends
     * without taking a value. A value that arrives just as the future is canceled may be
     * received and then dropped (the receive and the cancel race, as a Go receiver and its
     * context's cancel do); receive in a {@code select} of your own if that matters.
     *
     * @param <T> the channel's element type
     * @param source the channel to receive one value from
     * @return a future completed with the value received, or failed if the channel is closed
     * @throws NullPointerException if {@code source} is null
     */
    public static <T> CompletableFuture<T> receive(RecvChan<? extends T> source) {
        Objects.requireNonNull(source, "source");
        CompletableFuture<T> f = new CompletableFuture<>();
        Chan<Void> done = new Chan<>(); // closed once, when f completes, whoever completes it
        f.whenComplete((v, e) -> done.close());
        go(() -> {
            if (f.isDone()) {
                return; // completed or canceled before this goroutine ran: a select now could
                        // pick the ready channel as well as done, at random, and drop its value
            }
            Received<T> r = select(
                    source.onRecvOk((v, ok) -> new Received<T>(v, ok)),
                    done.onRecv(x -> null));
            if (r == null) {
                return; // completed or canceled from outside first: nothing received
            }
            if (r.ok()) {
                f.complete(r.value());
            } else {
                f.completeExceptionally(new NoSuchElementException("channel closed"));
            }
        });
        return f;
    }

    /**
     * Go's future: a channel with a buffer of one that receives {@code stage}'s result when it
     * completes and is then closed, so a receive gets the value, and every receive after it
     * gets (null, false). If {@code stage} fails or is canceled, the channel is closed with no
     * value (the failure stays with the stage). No goroutine: the stage's completing thread
     * sends, which never blocks (the buffer is empty and only this send uses it).
     *
     * @param <T> the stage's result type
     * @param stage the stage whose result the channel receives
     * @return a channel of capacity 1 that receives the result and is then closed
     * @throws NullPointerException if {@code stage} is null
     */
    public static <T> RecvChan<T> resultChan(CompletionStage<? extends T> stage) {
        Objects.requireNonNull(stage, "stage");
        Chan<T> c = new Chan<>(1);
        stage.whenComplete((v, e) -> {
            try {
                if (e == null) {
                    c.trySend(v);
                }
            } finally {
                c.close();
            }
        });
        return c;
    }
}
