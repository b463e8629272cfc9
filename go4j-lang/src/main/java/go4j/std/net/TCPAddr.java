package go4j.std.net;

import go4j.fn.M$Network$$L;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Stringer;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Go's {@code net.TCPAddr}, a standard struct type (docs/compiler.md) used through its
 * pointer: the exported fields {@link #IP}, {@link #Port} and {@link #Zone} are public. A
 * {@code *TCPAddr} is a {@code net.Addr} ({@code Network}, {@code String}).
 *
 * <pre>{@code
 * TCPAddr a = TCPAddr.of(new InetSocketAddress("127.0.0.1", 8080));
 * a.String();   // "127.0.0.1:8080"
 * }</pre>
 */
public final class TCPAddr implements GoValue, Stringer, M$Network$$L {
    /** {@code *net.TCPAddr}. */
    public static final RType TYPE = RType.pointer(RType.named("net", "TCPAddr").setUnderlying(RType.struct(List.of(
            new RType.Field("IP", go4j.std.net.IP.TYPE, false),
            new RType.Field("Port", RType.INT, false),
            new RType.Field("Zone", RType.STRING, false)))));

    /** Go's {@code IP}: 4 or 16 bytes, nil for none (the wildcard). */
    public SliceB IP;
    /** Go's {@code Port}. */
    public long Port;
    /** Go's {@code Zone}: the IPv6 scope, "" for none. */
    public String Zone = "";

    /** Go's zero TCPAddr. */
    public TCPAddr() {
    }

    TCPAddr(SliceB ip, long port, String zone) {
        IP = ip;
        Port = port;
        Zone = zone;
    }

    /** @return the TCPAddr of a Java socket address: an IPv4 address in 4 bytes, as Go's sockets give */
    public static TCPAddr of(InetSocketAddress a) {
        InetAddress ia = a.getAddress();
        String zone = "";
        if (ia instanceof java.net.Inet6Address i6 && i6.getScopedInterface() != null) {
            zone = i6.getScopedInterface().getName();
        }
        return new TCPAddr(ia == null ? null : SliceB.of(ia.getAddress()), a.getPort(), zone);
    }

    /** @return this address as a Java one (the wildcard for no IP) */
    InetSocketAddress toJava() throws java.net.UnknownHostException {
        byte[] b = SliceB.toArray(IP);
        if (b.length == 0) {
            return new InetSocketAddress((int) Port);
        }
        byte[] p4 = go4j.std.net.IP.v4(b);
        InetAddress ia = p4 != null ? Inet4Address.getByAddress(p4) : InetAddress.getByAddress(b);
        return new InetSocketAddress(ia, (int) Port);
    }

    /** @return a copy, as copying Go's struct does */
    public TCPAddr $copy() {
        return new TCPAddr(IP, Port, Zone);
    }

    /** @param o the TCPAddr whose fields this one takes */
    public void $set(TCPAddr o) {
        IP = o.IP;
        Port = o.Port;
        Zone = o.Zone;
    }

    /** @return {@code "tcp"} */
    @Override
    public String Network() {
        return "tcp";
    }

    /** Go's {@code (*TCPAddr).String}: {@code host:port}, {@code [host]:port} for IPv6. */
    @Override
    public String String() {
        String ip = SliceB.len(IP) == 0 ? "" : go4j.std.net.IP.String(IP);
        if (!Zone.isEmpty()) {
            return Pkg.JoinHostPort(ip + "%" + Zone, Long.toString(Port));
        }
        return Pkg.JoinHostPort(ip, Long.toString(Port));
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
