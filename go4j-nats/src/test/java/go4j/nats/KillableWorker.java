package go4j.nats;

import io.nats.client.Connection;
import io.nats.client.Nats;

import java.time.Duration;

/**
 * A worker process for NatsFaultsTest: takes one task from the consumer, says so on stdout
 * ("took N"), and never answers it: the test kills the JVM mid-task.
 * Arguments: server url, stream, consumer.
 */
public final class KillableWorker {
    private KillableWorker() {
    }

    public static void main(String[] args) throws Exception {
        Connection nc = Nats.connect(args[0]);
        NatsRecv<String> in = NatsChan.recv(nc, args[1], args[2], Codec.string(),
                RecvOptions.defaults().ackWait(Duration.ofSeconds(1)).prefetch(1).maxAckPending(1));
        Message<String> m = in.recv();
        System.out.println("took " + m.value());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // mid-task, forever
    }
}
