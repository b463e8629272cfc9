package go4j.nats;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real nats-server per test class (LocalNatsServer: free loopback port, temporary store);
 * each test makes streams of its own names, so tests do not see each other's messages. No
 * server binary: every test fails with the install hint.
 */
abstract class NatsTestBase {
    static LocalNatsServer server;
    private static final AtomicInteger names = new AtomicInteger();
    private final List<Connection> connections = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = LocalNatsServer.start(); // throws with the install hint when missing
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeConnections() throws InterruptedException {
        for (Connection c : connections) {
            c.close();
        }
    }

    /** A connection that rides out a server restart. */
    Connection connect() {
        try {
            Connection c = Nats.connect(new Options.Builder().server(server.url())
                    .maxReconnects(-1).reconnectWait(Duration.ofMillis(50))
                    .connectionTimeout(Duration.ofSeconds(5)).build());
            connections.add(c);
            return c;
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to " + server.url(), e);
        }
    }

    /** A fresh name: streams, subjects and consumers of one test are its own. */
    static String name(String prefix) {
        return prefix + names.incrementAndGet();
    }
}
