package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The specification of Go channels (runtime/chan.go and select.go) over one or two channels,
 * {@code c} (index 0) and {@code d} (index 1), with their wait queues as part of the state.
 *
 * <p>Invariants the model keeps, as the real channel does: a receiver waits only while the
 * buffer is empty and no sender waits; a sender waits only while the buffer is full and no
 * receiver waits; a closed channel has no waiters. A waiting {@code select} has one entry per
 * case; completing any entry withdraws the others.
 */
public final class ChanModel extends Model {
    static final String PANIC_SEND = "panic: send on closed channel";
    static final String PANIC_CLOSE = "panic: close of closed channel";

    /**
     * One waiting case of thread {@code thread}. For a send, {@code format} is the result on
     * success; for a receive it says how the result is written: "v" (plain value), "v,ok"
     * (value and ok) or a prefix such as "c:" before "v,ok".
     */
    record Entry(int thread, boolean send, int value, String format) {
    }

    static final class Ch {
        final int cap;
        final ArrayList<Integer> buf = new ArrayList<>();
        final ArrayList<Entry> recvq = new ArrayList<>();
        final ArrayList<Entry> sendq = new ArrayList<>();
        boolean closed;

        Ch(int cap) {
            this.cap = cap;
        }

        Ch copy() {
            Ch c = new Ch(cap);
            c.buf.addAll(buf);
            c.recvq.addAll(recvq);
            c.sendq.addAll(sendq);
            c.closed = closed;
            return c;
        }

        List<Object> key() {
            return List.of(cap, buf, recvq, sendq, closed);
        }

        boolean recvReady() {
            return closed || !buf.isEmpty() || !sendq.isEmpty();
        }

        boolean sendReady() {
            return closed || !recvq.isEmpty() || buf.size() < cap;
        }
    }

    /** One case of a select (or a plain operation, which is a select of one case). */
    record Case(int chan, boolean send, int value, String format) {
    }

    private final Ch[] chans;
    private final List<Op> ops;

    public ChanModel(List<Op> ops, int... capacities) {
        this.ops = ops;
        this.chans = new Ch[capacities.length];
        for (int i = 0; i < capacities.length; i++) {
            chans[i] = new Ch(capacities[i]);
        }
    }

    private ChanModel(ChanModel m) {
        this.ops = m.ops;
        this.chans = new Ch[m.chans.length];
        for (int i = 0; i < chans.length; i++) {
            chans[i] = m.chans[i].copy();
        }
        m.copyOutcomesTo(this);
    }

    @Override
    public List<Op> ops() {
        return ops;
    }

    @Override
    public Model copy() {
        return new ChanModel(this);
    }

    @Override
    protected Object stateKey() {
        List<Object> k = new ArrayList<>();
        for (Ch c : chans) {
            k.add(c.key());
        }
        return k;
    }

    static String received(String format, Integer v, boolean ok) {
        return switch (format) {
            case "v" -> ok ? String.valueOf(v) : "null";
            case "v,ok" -> (ok ? v : null) + "," + ok;
            default -> format + (ok ? v : null) + "," + ok;
        };
    }

    @Override
    public List<Model> request(int t, String method, List<Object> args) {
        int v = args.isEmpty() ? 0 : (Integer) args.get(0);
        return switch (method) {
            case "send" -> select(t, List.of(new Case(0, true, v, "ok")), null);
            case "recv" -> select(t, List.of(new Case(0, false, 0, "v")), null);
            case "recvOk" -> select(t, List.of(new Case(0, false, 0, "v,ok")), null);
            case "trySend" -> select(t, List.of(new Case(0, true, v, "true")), "false");
            case "tryRecv" -> select(t, List.of(new Case(0, false, 0, "v,ok")), "would block");
            case "close" -> next(m -> ((ChanModel) m).close(t, 0));
            case "selectSend" -> select(t, List.of(new Case(0, true, v, "ok")), null);
            case "selectRecv" -> select(t, List.of(new Case(0, false, 0, "v,ok")), null);
            case "selectSendOrDefault" -> select(t, List.of(new Case(0, true, v, "sent")), "default");
            case "selectRecvOrDefault" -> select(t, List.of(new Case(0, false, 0, "v,ok")), "default");
            case "sendD" -> select(t, List.of(new Case(1, true, v, "ok")), null);
            case "recvD" -> select(t, List.of(new Case(1, false, 0, "v,ok")), null);
            case "closeD" -> next(m -> ((ChanModel) m).close(t, 1));
            case "selectRecvEither" ->
                    select(t, List.of(new Case(0, false, 0, "c:"), new Case(1, false, 0, "d:")), null);
            case "selectSendEither" ->
                    select(t, List.of(new Case(0, true, v, "c"), new Case(1, true, v, "d")), null);
            case "selectSendCRecvD" ->
                    select(t, List.of(new Case(0, true, v, "c sent"), new Case(1, false, 0, "d:")), null);
            case "selectEitherOrDefault" ->
                    select(t, List.of(new Case(0, false, 0, "c:"), new Case(1, true, v, "d sent")), "default");
            default -> throw new IllegalArgumentException("unknown operation " + method);
        };
    }

    /**
     * Go's selectgo: every ready case is a possible choice (the poll order is random); with
     * none ready, the default ({@code dflt} non-null) or a wait on every case. A plain channel
     * operation is a select of one case; a non-blocking one has a default.
     */
    private List<Model> select(int t, List<Case> cases, String dflt) {
        List<Model> next = new ArrayList<>();
        for (Case c : cases) {
            Ch ch = chans[c.chan];
            if (c.send ? ch.sendReady() : ch.recvReady()) {
                ChanModel m = new ChanModel(this);
                if (c.send) {
                    m.send(t, c);
                } else {
                    m.recv(t, c);
                }
                next.add(m);
            }
        }
        if (next.isEmpty()) {
            ChanModel m = new ChanModel(this);
            if (dflt != null) {
                m.complete(t, dflt);
            } else {
                for (Case c : cases) {
                    Ch ch = m.chans[c.chan];
                    (c.send ? ch.sendq : ch.recvq).add(new Entry(t, c.send, c.value, c.format));
                }
            }
            next.add(m);
        }
        return next;
    }

    /** A ready send case (the channel is closed, a receiver waits, or the buffer has room). */
    private void send(int t, Case c) {
        Ch ch = chans[c.chan];
        if (ch.closed) {
            complete(t, PANIC_SEND);
        } else if (!ch.recvq.isEmpty()) {
            Entry r = ch.recvq.get(0);
            wake(r, received(r.format, c.value, true));
            complete(t, c.format);
        } else {
            ch.buf.add(c.value);
            complete(t, c.format);
        }
    }

    /** A ready receive case (a sender waits, the buffer has elements, or it is closed). */
    private void recv(int t, Case c) {
        Ch ch = chans[c.chan];
        if (ch.closed && ch.buf.isEmpty()) {
            complete(t, received(c.format, null, false));
        } else if (!ch.sendq.isEmpty()) {
            Entry s = ch.sendq.get(0);
            wake(s, s.format);
            int v;
            if (ch.cap == 0) {
                v = s.value;
            } else {
                v = ch.buf.remove(0);
                ch.buf.add(s.value);
            }
            complete(t, received(c.format, v, true));
        } else {
            complete(t, received(c.format, ch.buf.remove(0), true));
        }
    }

    private void close(int t, int chan) {
        Ch ch = chans[chan];
        if (ch.closed) {
            complete(t, PANIC_CLOSE);
            return;
        }
        ch.closed = true;
        for (Entry r : List.copyOf(ch.recvq)) {
            if (ch.recvq.contains(r)) {
                wake(r, received(r.format, null, false));
            }
        }
        for (Entry s : List.copyOf(ch.sendq)) {
            if (ch.sendq.contains(s)) {
                wake(s, PANIC_SEND);
            }
        }
        complete(t, "ok");
    }

    /** Completes a waiting case: its select withdraws from every other queue. */
    private void wake(Entry e, String result) {
        for (Ch ch : chans) {
            ch.recvq.removeIf(x -> x.thread == e.thread);
            ch.sendq.removeIf(x -> x.thread == e.thread);
        }
        complete(e.thread, result);
    }
}
