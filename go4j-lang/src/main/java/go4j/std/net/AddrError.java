package go4j.std.net;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code net.AddrError}, a standard struct type used through its pointer: an error about
 * an address, {@code address 80: missing port in address}.
 */
public final class AddrError implements GoValue, GoError, go4j.fn.M$Timeout$$Z, go4j.fn.M$Temporary$$Z {
    /** {@code *net.AddrError}. */
    public static final RType TYPE = RType.pointer(RType.named("net", "AddrError").setUnderlying(RType.struct(List.of(
            new RType.Field("Err", RType.STRING, false), new RType.Field("Addr", RType.STRING, false)))));

    /** Go's {@code Err}: what is wrong. */
    public String Err = "";
    /** Go's {@code Addr}: the address. */
    public String Addr = "";

    /** Go's zero AddrError. */
    public AddrError() {
    }

    AddrError(String err, String addr) {
        Err = err;
        Addr = addr;
    }

    /** @return a copy, as copying Go's struct does */
    public AddrError $copy() {
        return new AddrError(Err, Addr);
    }

    /** @param o the AddrError whose fields this one takes */
    public void $set(AddrError o) {
        Err = o.Err;
        Addr = o.Addr;
    }

    /** Go's text: {@code address ADDR: ERR}, or ERR alone for no address. */
    @Override
    public String Error() {
        return Addr.isEmpty() ? Err : "address " + Addr + ": " + Err;
    }

    /** @return false */
    @Override
    public boolean Timeout() {
        return false;
    }

    /** @return false */
    @Override
    public boolean Temporary() {
        return false;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
