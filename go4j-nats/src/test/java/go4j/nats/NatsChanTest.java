package go4j.nats;

import go4j.Chan;
import go4j.Panic;
import go4j.Received;
import go4j.context.Cancelable;
import go4j.context.Context;
import go4j.patterns.WorkerPool;
import go4j.time.Time;
import io.nats.client.Connection;
import io.nats.client.api.StreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static go4j.Go.go;
import static go4j.Go.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoints' behaviour, one behaviour per test, against a real nats-server. */
@Timeout(60)
class NatsChanTest extends NatsTestBase {
    private static final Duration SHORT_ACK_WAIT = Duration.ofMillis(500);

    record Q(String stream, String subject) {
    }

    private Q workQueue(Connection nc, long maxMsgs) {
        Q q = new Q(name("WQ"), name("wq."));
        NatsChan.workQueue(nc, q.stream(), q.subject(), maxMsgs);
        return q;
    }

    private static long stored(Connection nc, String stream) throws Exception {
        StreamInfo si = nc.jetStreamManagement().getStreamInfo(stream);
        return si.getStreamState().getMsgCount();
    }

    @Test
    void sendThenRecvRoundTripsTheValueAndItsAck() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults())) {
            out.send("hello");
            Message<String> m = in.recv();
            assertEquals("hello", m.value());
            assertEquals(1, m.deliveryCount());
            assertEquals(q.subject(), m.subject());
            m.ack();
        }
        for (int i = 0; i < 100 && stored(nc, q.stream()) != 0; i++) {
            Thread.sleep(20); // the ack is asynchronous: the work queue forgets the message soon after
        }
        assertEquals(0, stored(nc, q.stream()));
    }

    @Test
    void recvIsASelectCaseNextToALocalChannelAndCtxDone() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        Chan<String> local = new Chan<>(1);
        try (Cancelable c = Context.withCancel(Context.background());
             NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults())) {
            local.send("local");
            String first = select(in.onRecv(m -> { m.ack(); return "nats " + m.value(); }),
                    local.onRecv(v -> v), c.context().done().onRecv(x -> "done"));
            assertEquals("local", first);
            out.send("remote");
            String second = select(in.onRecv(m -> { m.ack(); return "nats " + m.value(); }),
                    local.onRecv(v -> v), c.context().done().onRecv(x -> "done"));
            assertEquals("nats remote", second);
            c.cancel();
            String third = select(in.onRecv(m -> "nats"), local.onRecv(v -> v), c.context().done().onRecv(x -> "done"));
            assertEquals("done", third);
        }
    }

    @Test
    void sendIsASelectCaseAndStoresTheValue() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
        try (NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults())) {
            select(out.onSend("by select"));
            out.close(); // waits until the publisher stored it
            Message<String> m = in.recv();
            assertEquals("by select", m.value());
            m.ack();
        }
    }

    @Test
    void workQueueGivesEachMessageToOneOfTheCompetingReceivers() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 1000);
        int n = 200;
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<Integer> dupes = Collections.synchronizedList(new ArrayList<>());
        int[] perReceiver = new int[3];
        CountDownLatch all = new CountDownLatch(n);
        List<NatsRecv<Integer>> receivers = new ArrayList<>();
        Codec<Integer> ints = Codec.string().map(Integer::valueOf, String::valueOf);
        for (int r = 0; r < 3; r++) {
            NatsRecv<Integer> in = NatsChan.recv(connect(), q.stream(), "workers", ints,
                    RecvOptions.defaults().prefetch(8));
            receivers.add(in);
            int id = r;
            go(() -> {
                for (Message<Integer> m : in) {
                    if (!seen.add(m.value())) {
                        dupes.add(m.value());
                    }
                    synchronized (perReceiver) {
                        perReceiver[id]++;
                    }
                    m.ack();
                    all.countDown();
                }
            });
        }
        try (NatsSend<Integer> out = NatsChan.send(nc, q.subject(), ints)) {
            for (int i = 0; i < n; i++) {
                out.send(i);
            }
        }
        assertTrue(all.await(30, TimeUnit.SECONDS), "received " + seen.size() + " of " + n);
        receivers.forEach(NatsRecv::close);
        assertEquals(n, seen.size());
        assertEquals(List.of(), dupes);
        synchronized (perReceiver) {
            assertEquals(n, perReceiver[0] + perReceiver[1] + perReceiver[2]);
        }
    }

    @Test
    void fanOutGivesEverySubscriberEveryMessage() throws Exception {
        Connection nc = connect();
        String stream = name("FAN"), subject = name("fan.");
        NatsChan.fanOut(nc, stream, subject, 1000);
        NatsRecv<String> a = NatsChan.recv(nc, stream, "a", Codec.string(), RecvOptions.defaults());
        NatsRecv<String> b = NatsChan.recv(connect(), stream, "b", Codec.string(), RecvOptions.defaults());
        try (NatsSend<String> out = NatsChan.send(nc, subject, Codec.string())) {
            for (int i = 0; i < 20; i++) {
                out.send("m" + i);
            }
        }
        for (NatsRecv<String> in : List.of(a, b)) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Message<String> m = in.recv();
                got.add(m.value());
                m.ack();
            }
            assertEquals(20, new HashSet<>(got).size());
            assertTrue(got.contains("m0") && got.contains("m19"), got.toString());
            in.close();
        }
    }

    @Test
    void aNackedMessageIsDeliveredAgainWithItsCountRaised() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults())) {
            out.send("again");
            Message<String> first = in.recv();
            first.nack();
            Message<String> second = in.recv();
            assertEquals("again", second.value());
            assertEquals(first.streamSequence(), second.streamSequence());
            assertEquals(2, second.deliveryCount());
            second.ack();
        }
    }

    @Test
    void anUnansweredMessageIsDeliveredAgainAfterAckWait() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(),
                     RecvOptions.defaults().ackWait(SHORT_ACK_WAIT))) {
            out.send("forgotten");
            Message<String> first = in.recv(); // never answered
            Message<String> again = in.recv();
            assertEquals(first.streamSequence(), again.streamSequence());
            assertEquals(2, again.deliveryCount());
            again.ack();
        }
    }

    @Test
    void aMessageFailedMaxDeliverTimesGoesToTheDeadLetterSubject() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        String dlqStream = name("DLQ"), dlq = name("dead.");
        NatsChan.keep(nc, dlqStream, dlq);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(),
                     RecvOptions.defaults().maxDeliver(3).deadLetter(dlq));
             NatsRecv<String> dead = NatsChan.recv(nc, dlqStream, "d", Codec.string(), RecvOptions.defaults())) {
            out.send("poison");
            out.send("fine");
            int poisonDeliveries = 0;
            Message<String> fine = null;
            while (fine == null || poisonDeliveries < 3) {
                Message<String> m = in.recv();
                if (m.value().equals("poison")) {
                    poisonDeliveries++;
                    assertTrue(m.deliveryCount() <= 3, "handed out beyond maxDeliver: " + m);
                    m.nack();
                } else {
                    fine = m;
                    m.ack();
                }
            }
            Message<String> d = dead.recv();
            assertEquals("poison", d.value());
            var h = d.natsMessage().getHeaders();
            assertEquals(q.stream(), h.getFirst("Go4j-Dead-Stream"));
            assertEquals("4", h.getFirst("Go4j-Dead-Deliveries"));
            d.ack();
            assertEquals(3, poisonDeliveries);
            assertNull(in.tryRecv(), "the poison message came back after the dead letter");
            for (int i = 0; i < 100 && stored(nc, q.stream()) != 0; i++) {
                Thread.sleep(20);
            }
            assertEquals(0, stored(nc, q.stream()), "the dead-lettered message left the work queue");
            assertEquals(1, in.deadLettered());
        }
    }

    @Test
    void aMessageThatCannotBeDecodedGoesStraightToTheDeadLetter() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        String dlqStream = name("DLQ"), dlq = name("dead.");
        NatsChan.keep(nc, dlqStream, dlq);
        Codec<Integer> ints = Codec.string().map(Integer::valueOf, String::valueOf);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<Integer> in = NatsChan.recv(nc, q.stream(), "c", ints, RecvOptions.defaults().deadLetter(dlq));
             NatsRecv<String> dead = NatsChan.recv(nc, dlqStream, "d", Codec.string(), RecvOptions.defaults())) {
            out.send("not a number");
            out.send("7");
            Message<Integer> m = in.recv();
            assertEquals(7, m.value());
            m.ack();
            Message<String> d = dead.recv();
            assertEquals("not a number", d.value());
            assertTrue(d.natsMessage().getHeaders().getFirst("Go4j-Dead-Reason").startsWith("cannot decode"));
            d.ack();
        }
    }

    @Test
    void aRepeatedMessageIdIsStoredOnce() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string())) {
            out.send("once", "order-42");
            out.send("once", "order-42"); // a retried publish
            out.send("other", "order-43");
        }
        assertEquals(2, stored(nc, q.stream()));
    }

    @Test
    void sendBlocksWhileTheStreamIsFullAndResumesWhenDrained() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 3);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults())) {
            for (int i = 0; i < 3; i++) {
                out.send("m" + i);
            }
            Chan<Void> sent = new Chan<>();
            go(() -> {
                out.send("m3"); // the stream holds 3: this waits for room
                sent.close();
            });
            Thread.sleep(300);
            assertNull(sent.tryRecv(), "a send to a full stream returned");
            assertEquals(3, stored(nc, q.stream()));
            Message<String> m = in.recv();
            m.ack(); // room for one
            sent.recv();
            Set<String> rest = new TreeSet<>();
            for (int i = 0; i < 3; i++) {
                Message<String> r = in.recv();
                rest.add(r.value());
                r.ack();
            }
            rest.add(m.value());
            assertEquals(Set.of("m0", "m1", "m2", "m3"), rest);
        }
    }

    @Test
    void cancelingTheContextStopsAReceiverAndNacksWhatItHeld() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        Cancelable c = Context.withCancel(Context.background());
        // ackWait 60 s: the 4 held messages must come back because they were handed back, not
        // because ackWait ran out (as they did when a plain nak bounced them between the server
        // and the stopping endpoint's last pull until one was lost).
        NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(),
                RecvOptions.defaults().context(c.context()).ackWait(Duration.ofSeconds(60)));
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string())) {
            for (int i = 0; i < 5; i++) {
                out.send("m" + i);
            }
        }
        Message<String> taken = in.recv();
        taken.ack();
        c.cancel();
        in.awaitStopped();
        Received<Message<String>> r = in.recvOk();
        assertFalse(r.ok(), "a canceled receiver still hands out " + r.value());
        // The 4 it held went back: another receiver gets them.
        try (NatsRecv<String> other = NatsChan.recv(nc, q.stream(), "c", Codec.string(),
                RecvOptions.defaults().ackWait(Duration.ofSeconds(60)))) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Message<String> m = select(other.onRecv(x -> x), Time.after(Duration.ofSeconds(20)).onRecv(x -> null));
                assertNotNull(m, "not handed back: waiting for ackWait; got " + got);
                got.add(m.value() + "/" + m.deliveryCount());
                m.ack();
            }
            // Delivered once to the canceled endpoint, once here: handed back once, not
            // bounced back and forth (each delivery counts against maxDeliver).
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                if (!taken.value().equals("m" + i)) {
                    expected.add("m" + i + "/2");
                }
            }
            assertEquals(expected, new HashSet<>(got));
        }
    }

    @Test
    void cancelingTheContextStopsASendWaitingForRoom() throws Exception {
        Connection nc = connect();
        Q q = workQueue(nc, 1);
        Cancelable c = Context.withCancel(Context.background());
        NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string(), SendOptions.defaults().context(c.context()));
        out.send("fills it");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Chan<Void> ended = new Chan<>();
        go(() -> {
            try {
                out.send("waits");
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                ended.close();
            }
        });
        Thread.sleep(200);
        c.cancel();
        ended.recv();
        NatsException e = (NatsException) thrown.get();
        assertTrue(e.canceled(), e.toString());
        assertSame(Context.CANCELED, e.getCause());
        assertEquals(1, stored(nc, q.stream()));
        NatsException after = assertThrows(NatsException.class, () -> out.send("after"));
        assertTrue(after.canceled());
    }

    @Test
    void closeDrainsWhatWasFetchedThenReportsClosed() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string())) {
            for (int i = 0; i < 5; i++) {
                out.send("m" + i);
            }
        }
        NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults());
        Message<String> first = in.recv();
        first.ack();
        in.close();
        int after = 0;
        for (Message<String> m : in) { // what was in the endpoint's buffer, then the end
            m.ack();
            after++;
        }
        assertTrue(after <= 4, "received " + after);
        assertFalse(in.recvOk().ok());
        in.close(); // a second close does nothing
    }

    @Test
    void sendOnAClosedEndpointPanicsAsOnAClosedChannel() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
        out.close();
        assertEquals("send on closed channel", assertThrows(Panic.class, () -> out.send("x")).getMessage());
        assertEquals("send on closed channel", assertThrows(Panic.class, () -> out.trySend("x")).getMessage());
        assertEquals("send on closed channel", assertThrows(Panic.class, () -> select(out.onSend("x"))).getMessage());
        assertEquals("close of closed channel", assertThrows(Panic.class, out::close).getMessage());
    }

    @Test
    void answeringAMessageTwiceIsAnError() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string());
             NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults())) {
            out.send("x");
            Message<String> m = in.recv();
            m.ack();
            IllegalStateException e = assertThrows(IllegalStateException.class, m::nack);
            assertTrue(e.getMessage().contains("already answered (ack)"), e.getMessage());
        }
    }

    @Test
    void publishingToASubjectNoStreamCapturesFailsAfterRetryFor() {
        Connection nc = connect();
        try (NatsSend<String> out = NatsChan.send(nc, name("nowhere."), Codec.string(),
                SendOptions.defaults().retryFor(Duration.ofMillis(200)))) {
            NatsException e = assertThrows(NatsException.class, () -> out.send("lost"));
            assertFalse(e.canceled());
        }
    }

    @Test
    void aPublishWithoutAPubAckIsPublishedAgainWithTheSameIdAfterAckTimeout() throws Exception {
        Connection nc = connect();
        // No stream: a plain subscriber takes the publishes and never answers them.
        String subject = name("silent.");
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        io.nats.client.Subscription sub = nc.subscribe(subject);
        go(() -> {
            for (io.nats.client.Message m; (m = sub.nextMessage(Duration.ofSeconds(5))) != null; ) {
                ids.add(m.getHeaders().getFirst("Nats-Msg-Id"));
            }
        });
        nc.flush(Duration.ofSeconds(5));
        try (NatsSend<String> out = NatsChan.send(nc, subject, Codec.string(),
                SendOptions.defaults().ackTimeout(Duration.ofMillis(200)).retryFor(Duration.ofSeconds(1)))) {
            NatsException e = assertThrows(NatsException.class, () -> out.send("unanswered", "id-1"));
            assertFalse(e.canceled());
            assertTrue(e.getMessage().contains("no stored acknowledgement") && e.getMessage().contains("TimeoutException"),
                    e.getMessage());
        }
        // 1 s of retries at 200 ms per PubAck wait plus backoff: several publishes, one id.
        assertTrue(ids.size() >= 3, "published " + ids.size() + " times: " + ids);
        assertEquals(Set.of("id-1"), new HashSet<>(ids));
        sub.unsubscribe();
    }

    @Test
    void aPatternsWorkerPoolTakesItsTasksFromAReceiver() {
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        int n = 12;
        try (NatsSend<String> out = NatsChan.send(nc, q.subject(), Codec.string())) {
            for (int i = 0; i < n; i++) {
                out.send("t" + i);
            }
        }
        NatsRecv<String> in = NatsChan.recv(nc, q.stream(), "c", Codec.string(), RecvOptions.defaults());
        WorkerPool<Message<String>, String> pool = WorkerPool.start(Context.background(), 3, 3, m -> {
            String r = m.value().toUpperCase();
            m.ack();
            return r;
        });
        go(() -> {
            for (Message<String> m : in) {
                pool.submit(m);
            }
            pool.tasks().close();
        });
        Set<String> results = new TreeSet<>();
        for (String r : pool.results()) {
            results.add(r);
            if (results.size() == n) {
                in.close(); // the feeder's range ends, then the pool's results
            }
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            expected.add("T" + i);
        }
        assertEquals(expected, results);
    }

    @Test
    void aJsonCodecUsesTheApplicationsFunctions() {
        record Job(int id, String name) {
        }
        Codec<Job> json = Codec.json(j -> "{\"id\":" + j.id() + ",\"name\":\"" + j.name() + "\"}", s -> {
            String[] p = s.replaceAll("[{}\"]", "").split(",");
            return new Job(Integer.parseInt(p[0].split(":")[1]), p[1].split(":")[1]);
        });
        Connection nc = connect();
        Q q = workQueue(nc, 100);
        try (NatsSend<Job> out = NatsChan.send(nc, q.subject(), json);
             NatsRecv<Job> in = NatsChan.recv(nc, q.stream(), "c", json, RecvOptions.defaults())) {
            out.send(new Job(7, "resize"));
            Message<Job> m = in.recv();
            assertEquals(new Job(7, "resize"), m.value());
            m.ack();
        }
        Codec<Object> failing = Codec.json(o -> { throw new java.io.IOException("boom"); }, s -> null);
        assertEquals("json encode: boom", assertThrows(Codec.CodecException.class, () -> failing.encode(1)).getMessage());
    }
}
