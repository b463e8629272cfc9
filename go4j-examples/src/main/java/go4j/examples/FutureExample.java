package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.time.Time;

import java.time.Duration;

import static go4j.Go.go;

/**
 * A future: {@code execQuery} starts the query in a goroutine and the caller picks the result
 * up from a channel when it needs it. Go original: {@code go4j-examples/go/future.go}. Go's
 * struct of two channels is a record. {@link go4j.patterns.Future} is the library version.
 */
public final class FutureExample {
    private FutureExample() {
    }

    record Query(Chan<String> sql, Chan<String> result) {
    }

    static void execQuery(Query q) {
        go(() -> {
            String sql = q.sql().recv();
            Time.sleep(Duration.ofMillis(10)); // the database at work
            q.result().send("result from " + sql);
        });
    }

    public static void main(String[] args) {
        Go.main(() -> {
            Query q = new Query(new Chan<>(1), new Chan<>(1));
            execQuery(q);

            q.sql().send("select * from table");
            Fmt.println("query sent; main does other things meanwhile");

            Fmt.println(q.result().recv());
        });
    }
}
