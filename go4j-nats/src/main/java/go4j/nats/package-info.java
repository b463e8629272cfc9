/**
 * go4j's channels across processes, over NATS JetStream ({@code io.nats:jnats}).
 *
 * <p>Inside a process, goroutines talk over {@link go4j.Chan}s; between processes, Go
 * programmers put a broker, and NATS is Go's. This package makes the two ends of a JetStream
 * subject go4j channels: {@link go4j.nats.NatsSend} is a {@link go4j.SendChan},
 * {@link go4j.nats.NatsRecv} a {@link go4j.RecvChan} of {@link go4j.nats.Message}s, so both
 * sit in a {@code select} next to local channels and {@code ctx.done()}, and
 * {@code for (Message<T> m : in)} is Go's {@code for m := range in}.
 *
 * <pre>{@code
 * NatsChan.workQueue(nc, "JOBS", "jobs", 1000);
 * NatsRecv<String> jobs = NatsChan.recv(nc, "JOBS", "workers", Codec.string(), RecvOptions.defaults().context(ctx));
 * String r = select(
 *     jobs.onRecv(m -> { handle(m.value()); m.ack(); return "job"; }),
 *     local.onRecv(v -> "local " + v),
 *     ctx.done().onRecv(x -> "stop"));
 * }</pre>
 *
 * <h2>Design</h2>
 * <ul>
 * <li><b>Who blocks where.</b> jnats' threads talk to the server. A receiving endpoint's
 * fetcher (a goroutine) takes what jnats pulled from jnats' in-memory queue and hands it to
 * the receivers through a go4j channel; a sending goroutine waits for the server's
 * acknowledgement on a one-slot go4j channel that jnats' completion fills. No goroutine does
 * network I/O or waits in a jnats call other than that queue's (where a virtual thread
 * unmounts), so waits are go4j channel waits: select cases, goroutine-dump lines.</li>
 * <li><b>Delivery.</b> At least once: a message leaves the stream (or the consumer's books)
 * only when acked, after the handler returns; unanswered past {@code ackWait}, a nack, a
 * crashed process: it is delivered again. Not exactly once: a handler may run twice for one
 * message (a crash after its effect, before its ack). What is deduplicated is the publish: a
 * {@code Nats-Msg-Id} makes a retried publish stored once within the stream's duplicate
 * window, so a handler whose output is a publish keyed by the input's identity (as
 * {@link go4j.nats.NatsWorkerPool} does) has an effect stored once.</li>
 * <li><b>Backpressure.</b> {@code maxAckPending} bounds the messages handed out and not yet
 * answered; a stream's {@code maxMsgs} with DiscardNew bounds what is stored, and a send
 * waits while it is full.</li>
 * <li><b>Dead letter.</b> The endpoint moves a message to the dead-letter subject itself, on
 * the delivery after {@code maxDeliver} (docs/adr/0015).</li>
 * <li><b>Stopping.</b> An endpoint's {@code Context} stops it: a receiving endpoint nacks
 * what it fetched and had not handed out, a send waiting for room or an acknowledgement
 * gives up with a {@link go4j.nats.NatsException}. {@code close()} drains instead.</li>
 * </ul>
 *
 * <p>Guide, guarantees and measurements: {@code docs/nats.md}.
 */
package go4j.nats;
