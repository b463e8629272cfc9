package go4j.std.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import go4j.lang.GoError;
import go4j.lang.SliceB;
import go4j.lang.Str;
import org.junit.jupiter.api.Test;

/** net: addresses and errors; each expected text is what Go 1.19 printed for the same call. */
class NetTest {
    private static String err(Object e) {
        return e == null ? null : Str.toJava(((GoError) e).Error());
    }

    @Test
    void splitAndJoinHostPort() {
        Object[] r = Pkg.SplitHostPort("[::1]:80");
        assertEquals("::1", r[0]);
        assertEquals("80", r[1]);
        assertNull(r[2]);
        assertEquals("", Pkg.SplitHostPort(":8080")[0]);
        assertEquals("address nope: missing port in address", err(Pkg.SplitHostPort("nope")[2]));
        assertEquals("address a:b:c: too many colons in address", err(Pkg.SplitHostPort("a:b:c")[2]));
        assertEquals("address [::1:80: missing ']' in address", err(Pkg.SplitHostPort("[::1:80")[2]));
        assertEquals("[::1]:80", Pkg.JoinHostPort("::1", "80"));
        assertEquals("h:80", Pkg.JoinHostPort("h", "80"));
    }

    @Test
    void ipsParseAndPrintAsGos() {
        assertEquals("1.2.3.4", IP.String(Pkg.ParseIP("::ffff:1.2.3.4")));
        assertEquals("fe80::1:0:0:2", IP.String(Pkg.ParseIP("fe80::1:0:0:2")));
        assertEquals("2001:db8::1", IP.String(Pkg.ParseIP("2001:0db8:0:0:0:0:0:1")));
        assertEquals("::", IP.String(Pkg.ParseIP("::")));
        assertNull(Pkg.ParseIP("1.2.3"));
        assertNull(Pkg.ParseIP("01.2.3.4"), "Go 1.17 on: no leading zeros");
        assertNull(Pkg.ParseIP("1::2::3"));
        assertEquals("<nil>", IP.String(null));
        assertTrue(IP.IsLoopback(Pkg.ParseIP("127.0.0.2")));
        assertTrue(IP.Equal(Pkg.ParseIP("10.0.0.1"), SliceB.of(new byte[] {10, 0, 0, 1})));
    }

    @Test
    void listenDialAcceptAndTheirErrors() {
        Object[] l = Pkg.Listen("tcp", "127.0.0.1:0");
        assertNull(l[1]);
        TCPListener ln = (TCPListener) l[0];
        String addr = ((TCPAddr) ln.Addr()).String();
        assertTrue(addr.startsWith("127.0.0.1:"), addr);
        Object[] d = Pkg.Dial("tcp", addr);
        assertNull(d[1]);
        TCPConn client = (TCPConn) d[0];
        TCPConn server = (TCPConn) ln.Accept()[0];
        client.Write(Str.toBytes("ping"));
        client.CloseWrite();
        SliceB buf = SliceB.make(8);
        Object[] r = server.Read(buf);
        assertEquals(4L, r[0]);
        assertSame(go4j.std.io.Pkg.EOF, server.Read(buf)[1], "the peer's CloseWrite is EOF");
        assertEquals(((TCPAddr) client.LocalAddr()).String(), ((TCPAddr) server.RemoteAddr()).String());
        server.Close();
        assertEquals("read tcp " + ((TCPAddr) server.LocalAddr()).String() + "->" + ((TCPAddr) server.RemoteAddr()).String()
                + ": use of closed network connection", err(server.Read(buf)[1]));
        client.Close();
        ln.Close();
        assertEquals("accept tcp " + addr + ": use of closed network connection", err(ln.Accept()[1]));
        assertEquals("listen tcp: address nope: missing port in address", err(Pkg.Listen("tcp", "nope")[1]));
        assertEquals("listen foo: unknown network foo", err(Pkg.Listen("foo", ":0")[1]));
        assertEquals("dial udp: go4j: the udp network is not supported yet (tcp only)", err(Pkg.Dial("udp", "h:1")[1]));
        assertEquals("dial tcp " + addr + ": connect: connection refused", err(Pkg.Dial("tcp", addr)[1]));
        Object[] wild = Pkg.Listen("tcp", ":0");
        String w = ((TCPAddr) ((TCPListener) wild[0]).Addr()).String();
        assertTrue(w.startsWith("[::]:"), "Go's dual-stack listener: " + w);
        ((TCPListener) wild[0]).Close();
    }
}
