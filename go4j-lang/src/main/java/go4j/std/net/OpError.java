package go4j.std.net;

import go4j.fn.M$Temporary$$Z;
import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

import java.util.List;

/**
 * Go's {@code net.OpError}, a standard struct type used through its pointer: the error of a
 * network operation, {@code dial tcp 127.0.0.1:1: connect: connection refused}. Its fields are
 * Go's exported ones, public.
 */
public final class OpError implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
    /** {@code *net.OpError}. */
    public static final RType TYPE = RType.pointer(RType.named("net", "OpError").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Op}: "read", "write", "dial", "listen", "accept", "close". */
    public String Op = "";
    /** Go's {@code Net}: "tcp", ... */
    public String Net = "";
    /** Go's {@code Source}: the local address of a connection's error, else nil. */
    public Object Source;
    /** Go's {@code Addr}: the remote address, or the listener's. */
    public Object Addr;
    /** Go's {@code Err}. */
    public Object Err;

    /** Go's zero OpError. */
    public OpError() {
    }

    OpError(String op, String net, Object source, Object addr, Object err) {
        Op = op;
        Net = net;
        Source = source;
        Addr = addr;
        Err = err;
    }

    /** @return a copy, as copying Go's struct does */
    public OpError $copy() {
        return new OpError(Op, Net, Source, Addr, Err);
    }

    /** @param o the OpError whose fields this one takes */
    public void $set(OpError o) {
        Op = o.Op;
        Net = o.Net;
        Source = o.Source;
        Addr = o.Addr;
        Err = o.Err;
    }

    private static String str(Object addr) {
        return ((Stringer) addr).String();
    }

    /** Go's text: {@code op net [source->]addr: err}. */
    @Override
    public String Error() {
        StringBuilder s = new StringBuilder(Op);
        if (!Net.isEmpty()) {
            s.append(' ').append(Net);
        }
        if (Source != null) {
            s.append(' ').append(str(Source));
        }
        if (Addr != null) {
            s.append(Source != null ? "->" : " ").append(str(Addr));
        }
        return s.append(": ").append(((GoError) Err).Error()).toString();
    }

    /** @return Err */
    public Object Unwrap() {
        return Err;
    }

    /** @return whether Err (or the system call's error in it) is a timeout */
    @Override
    public boolean Timeout() {
        Object e = Err instanceof SysError se ? se.err : Err;
        return e instanceof M$Timeout$$Z t && t.Timeout();
    }

    /** @return whether the error is temporary, as Go's says (timeouts are) */
    @Override
    public boolean Temporary() {
        if (Op.equals("accept") && Err instanceof SysError se && se.reset) {
            return true; // Go 1.19: ECONNRESET and ECONNABORTED on accept are temporary
        }
        Object e = Err instanceof SysError se ? se.err : Err;
        return e instanceof M$Temporary$$Z t && t.Temporary();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
