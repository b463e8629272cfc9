package go4j.std.net;

import go4j.lang.SliceB;
import go4j.lang.Str;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code net} package, the TCP subset (stub {@code go4j/std/net/net.go}): Listen and
 * Dial over {@link ServerSocket} and {@link Socket}, the address helpers, Go's error values
 * and texts ({@code listen tcp 127.0.0.1:80: bind: permission denied}). Addresses are
 * {@code host:port}: an empty host listens on every interface ({@code ":8080"}, shown as
 * Go shows it, {@code [::]:8080}), port 0 on a port the system picks.
 *
 * <pre>{@code
 * Object[] r = Pkg.Listen("tcp", "127.0.0.1:0");   // {TCPListener, null}
 * ((TCPListener) r[0]).Addr();                      // 127.0.0.1:PORT
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** Go's {@code net.ErrClosed}: {@code use of closed network connection}. */
    public static Object ErrClosed = Errs.NetClosing.INSTANCE;

    private static final int BACKLOG = 4096; // Go listens with the system's maximum (somaxconn)

    private static final Map<String, Integer> SERVICES = Map.ofEntries(
            Map.entry("ftp", 21), Map.entry("ssh", 22), Map.entry("telnet", 23), Map.entry("smtp", 25),
            Map.entry("domain", 53), Map.entry("gopher", 70), Map.entry("finger", 79), Map.entry("http", 80),
            Map.entry("www", 80), Map.entry("pop3", 110), Map.entry("imap", 143), Map.entry("https", 443),
            Map.entry("imaps", 993), Map.entry("pop3s", 995), Map.entry("http-alt", 8080));

    // ---- addresses ----

    /** Go's {@code JoinHostPort}: {@code host:port}, {@code [host]:port} when host has a colon. */
    public static String JoinHostPort(String host, String port) {
        if (host.indexOf(':') >= 0) {
            return "[" + host + "]:" + port;
        }
        return host + ":" + port;
    }

    /**
     * Go's {@code SplitHostPort}.
     *
     * @return {@code {String host, String port, Object err}}, err an {@link AddrError}
     */
    public static Object[] SplitHostPort(String hostport) {
        String missingPort = "missing port in address";
        String tooManyColons = "too many colons in address";
        int j = 0;
        int k = 0;
        int i = hostport.lastIndexOf(':');
        if (i < 0) {
            return addrErr(hostport, missingPort);
        }
        String host;
        if (hostport.charAt(0) == '[') {
            int end = hostport.indexOf(']');
            if (end < 0) {
                return addrErr(hostport, "missing ']' in address");
            }
            if (end + 1 == hostport.length()) {
                return addrErr(hostport, missingPort);
            } else if (end + 1 != i) {
                return addrErr(hostport, hostport.charAt(end + 1) == ':' ? tooManyColons : missingPort);
            }
            host = hostport.substring(1, end);
            j = 1;
            k = end + 1;
        } else {
            host = hostport.substring(0, i);
            if (host.indexOf(':') >= 0) {
                return addrErr(hostport, tooManyColons);
            }
        }
        if (hostport.indexOf('[', j) >= 0) {
            return addrErr(hostport, "unexpected '[' in address");
        }
        if (hostport.indexOf(']', k) >= 0) {
            return addrErr(hostport, "unexpected ']' in address");
        }
        return new Object[] {host, hostport.substring(i + 1), null};
    }

    private static Object[] addrErr(String addr, String why) {
        return new Object[] {"", "", new AddrError(why, addr)};
    }

    /**
     * Go's {@code LookupPort}: a number of 0 to 65535, or a well-known service name.
     *
     * @return {@code {Long port, Object err}}
     */
    public static Object[] LookupPort(String network, String service) {
        Object[] r = port(network, service);
        return new Object[] {(long) (int) r[0], r[1]};
    }

    private static Object[] port(String network, String service) {
        if (!service.isEmpty() && service.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long p = service.length() > 6 ? Long.MAX_VALUE : Long.parseLong(service);
            if (p > 65535) {
                return new Object[] {0, new AddrError("invalid port", service)};
            }
            return new Object[] {(int) p, null};
        }
        if (service.isEmpty()) {
            return new Object[] {0, null};
        }
        Integer p = SERVICES.get(service.toLowerCase(java.util.Locale.ROOT));
        if (p == null) {
            return new Object[] {0, new Errs.DnsError(network + "/" + service, "unknown port")};
        }
        return new Object[] {p, null};
    }

    /** Go's {@code ParseIP}: the 16-byte form of an IPv4 or IPv6 address, nil if s is not one. */
    public static SliceB ParseIP(String s) {
        byte[] b = parseIP(s);
        return b == null ? null : SliceB.of(b);
    }

    /** Go's {@code IPv4}: the 16-byte form of a.b.c.d. */
    public static SliceB IPv4(int a, int b, int c, int d) {
        return SliceB.of(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) a, (byte) b, (byte) c, (byte) d});
    }

    static byte[] parseIP(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                byte[] v4 = parseIPv4(s);
                return v4 == null ? null : IPv4(v4[0], v4[1], v4[2], v4[3]).array;
            }
            if (c == ':') {
                return parseIPv6(s);
            }
        }
        return null;
    }

    private static byte[] parseIPv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null; // Go 1.17+ rejects leading zeros
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseIPv6(String s) {
        byte[] ip = new byte[16];
        int ellipsis = -1;
        int i = 0;
        if (s.startsWith("::")) {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return ip;
            }
        }
        while (i < 16) {
            int n = 0;
            int len = 0;
            while (len < s.length() && len < 5) {
                int d = Character.digit(s.charAt(len), 16);
                if (d < 0) {
                    break;
                }
                n = n * 16 + d;
                len++;
            }
            if (len == 0 || len > 4) {
                return null;
            }
            if (len < s.length() && s.charAt(len) == '.') {
                if (ellipsis < 0 && i != 12 || i + 4 > 16) {
                    return null;
                }
                byte[] v4 = parseIPv4(s);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, ip, i, 4);
                i += 4;
                s = "";
                break;
            }
            ip[i] = (byte) (n >> 8);
            ip[i + 1] = (byte) n;
            i += 2;
            s = s.substring(len);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':' || s.length() == 1) {
                return null;
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            return null;
        }
        return ip;
    }

    // ---- resolving ----

    /** A resolved address: the Go one and the Java ones to try, or the Go error. */
    private record Resolved(TCPAddr addr, List<InetSocketAddress> java, Object err) {
    }

    private static boolean tcpNetwork(String network) {
        return network.equals("tcp") || network.equals("tcp4") || network.equals("tcp6");
    }

    /**
     * Resolves {@code host:port} for network, as Go's resolveAddrList does; an empty host is
     * the wildcard (listen) or this machine (dial).
     */
    private static Resolved resolve(String network, String address, boolean listen) {
        if (!tcpNetwork(network)) {
            return new Resolved(null, null, otherNetwork(network));
        }
        Object[] hp = SplitHostPort(address);
        if (hp[2] != null) {
            return new Resolved(null, null, hp[2]);
        }
        String host = (String) hp[0];
        Object[] pr = port(network, (String) hp[1]);
        if (pr[1] != null) {
            return new Resolved(null, null, pr[1]);
        }
        int port = (Integer) pr[0];
        List<InetSocketAddress> java = new ArrayList<>();
        if (host.isEmpty()) {
            if (listen) {
                java.add(network.equals("tcp4") ? new InetSocketAddress(anyV4(), port) : new InetSocketAddress(port));
            } else {
                java.add(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
            return new Resolved(new TCPAddr(null, port, ""), java, null);
        }
        String zone = "";
        int pct = host.indexOf('%');
        String bare = pct >= 0 ? host.substring(0, pct) : host;
        byte[] lit = parseIP(bare);
        try {
            if (lit != null) {
                if (pct >= 0) {
                    zone = host.substring(pct + 1);
                }
                byte[] v4 = IP.v4(lit);
                if (v4 != null && network.equals("tcp6") || v4 == null && network.equals("tcp4")) {
                    return new Resolved(null, null, new AddrError("no suitable address found", host));
                }
                InetAddress ia = v4 != null ? Inet4Address.getByAddress(v4) : InetAddress.getByName(Str.toJava(host));
                java.add(new InetSocketAddress(ia, port));
                return new Resolved(new TCPAddr(SliceB.of(lit), port, zone), java, null);
            }
            InetAddress[] all = InetAddress.getAllByName(Str.toJava(host));
            List<InetAddress> v4s = new ArrayList<>();
            List<InetAddress> v6s = new ArrayList<>();
            for (InetAddress a : all) {
                (a instanceof Inet4Address ? v4s : v6s).add(a);
            }
            List<InetAddress> order = new ArrayList<>();
            if (!network.equals("tcp6")) {
                order.addAll(v4s);
            }
            if (!network.equals("tcp4")) {
                order.addAll(v6s);
            }
            if (order.isEmpty()) {
                return new Resolved(null, null, new AddrError("no suitable address found", host));
            }
            for (InetAddress a : order) {
                java.add(new InetSocketAddress(a, port));
            }
            return new Resolved(TCPAddr.of(java.get(0)), java, null);
        } catch (UnknownHostException e) {
            return new Resolved(null, null, new Errs.DnsError(host, "no such host"));
        }
    }

    private static final java.util.Set<String> OTHER_NETWORKS = java.util.Set.of(
            "udp", "udp4", "udp6", "ip", "ip4", "ip6", "unix", "unixgram", "unixpacket");

    /** The error of a network go4j does not have: Go's for an unknown one, go4j's for one Go knows. */
    private static Object otherNetwork(String network) {
        String base = network.indexOf(':') > 0 ? network.substring(0, network.indexOf(':')) : network;
        if (OTHER_NETWORKS.contains(base)) {
            return go4j.lang.ErrorString.of("go4j: the " + base + " network is not supported yet (tcp only)");
        }
        return new Errs.UnknownNetwork(network);
    }

    private static InetAddress anyV4() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean wildcard(SliceB ip) {
        return SliceB.len(ip) == 0 || IP.IsUnspecified(ip);
    }

    /** Go's {@code ResolveTCPAddr}: {@code {TCPAddr, Object err}}. */
    public static Object[] ResolveTCPAddr(String network, String address) {
        Resolved r = resolve(network, address, false);
        if (r.err != null) {
            return new Object[] {null, r.err};
        }
        TCPAddr a = r.addr;
        if (address.startsWith(":")) {
            a = new TCPAddr(null, a.Port, "");
        }
        return new Object[] {a, null};
    }

    // ---- listen and dial ----

    /**
     * Go's {@code Listen} for TCP networks.
     *
     * @return {@code {Object listener, Object err}}: a {@link TCPListener}, or an {@link OpError}
     */
    public static Object[] Listen(String network, String address) {
        Resolved r = resolve(network, address, true);
        if (r.err != null) {
            return new Object[] {null, new OpError("listen", network, null, null, r.err)};
        }
        return listen(network, r.addr, r.java.get(0));
    }

    /** Go's {@code ListenTCP}: {@code {TCPListener, Object err}}; a nil laddr listens everywhere. */
    public static Object[] ListenTCP(String network, TCPAddr laddr) {
        if (!tcpNetwork(network)) {
            return new Object[] {null, new OpError("listen", network, null, laddr, otherNetwork(network))};
        }
        TCPAddr a = laddr == null ? new TCPAddr() : laddr;
        try {
            InetSocketAddress ja = wildcard(a.IP)
                    ? (network.equals("tcp4") ? new InetSocketAddress(anyV4(), (int) a.Port) : new InetSocketAddress((int) a.Port))
                    : a.toJava();
            return listen(network, a, ja);
        } catch (UnknownHostException e) {
            return new Object[] {null, new OpError("listen", network, null, a, new Errs.DnsError(a.String(), "no such host"))};
        }
    }

    private static Object[] listen(String network, TCPAddr la, InetSocketAddress ja) {
        ServerSocket ss = null;
        try {
            ss = new ServerSocket();
            ss.setReuseAddress(true);
            ss.bind(ja, BACKLOG);
            TCPAddr bound;
            if (wildcard(la.IP)) {
                // Go listens on a dual-stack socket for "tcp", and says so: [::]:PORT
                bound = new TCPAddr(SliceB.of(new byte[network.equals("tcp4") ? 4 : 16]), ss.getLocalPort(), "");
            } else {
                bound = TCPAddr.of((InetSocketAddress) ss.getLocalSocketAddress());
            }
            return new Object[] {new TCPListener(ss, bound), null};
        } catch (IOException e) {
            if (ss != null) {
                try {
                    ss.close();
                } catch (IOException ignored) {
                    // the bind's error is the one to report
                }
            }
            return new Object[] {null, new OpError("listen", network, null, la, Errs.sys("bind", e))};
        }
    }

    /**
     * Go's {@code Dial} for TCP networks: tries the host's addresses in turn (IPv4 first).
     *
     * @return {@code {Object conn, Object err}}: a {@link TCPConn}, or an {@link OpError}
     */
    public static Object[] Dial(String network, String address) {
        return dial(network, address, 0);
    }

    /** Go's {@code DialTimeout}: Dial that gives up after timeout (nanoseconds; 0 for none). */
    public static Object[] DialTimeout(String network, String address, long timeout) {
        return dial(network, address, timeout);
    }

    private static Object[] dial(String network, String address, long timeout) {
        Resolved r = resolve(network, address, false);
        if (r.err != null) {
            return new Object[] {null, new OpError("dial", network, null, null, r.err)};
        }
        Object firstErr = null;
        for (InetSocketAddress ja : r.java) {
            Socket s = new Socket();
            try {
                int ms = timeout <= 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout / 1_000_000));
                s.connect(ja, ms);
                return new Object[] {new TCPConn(s), null};
            } catch (IOException e) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // the connect's error is the one to report
                }
                if (firstErr == null) {
                    firstErr = new OpError("dial", network, null, TCPAddr.of(ja), Errs.sys("connect", e));
                }
            }
        }
        return new Object[] {null, firstErr};
    }
}
