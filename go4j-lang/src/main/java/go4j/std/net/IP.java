package go4j.std.net;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceB;
import go4j.lang.Stringer;

/**
 * Go's {@code net.IP}, a standard named type whose underlying type is {@code []byte}
 * (docs/compiler.md): an IP value is a {@link SliceB} of 4 or 16 bytes, and this class is its
 * box in an interface, with the value in {@link #v}. Go's methods are static, the receiver
 * first; {@link #String()} is the instance bridge that makes {@code fmt} print a boxed IP.
 *
 * <pre>{@code
 * IP.String(Pkg.ParseIP("::1"));        // "::1"
 * IP.String(Pkg.IPv4(127, 0, 0, 1));    // "127.0.0.1"
 * }</pre>
 */
public final class IP implements GoValue, Stringer {
    /** {@code net.IP}. */
    public static final RType TYPE = RType.named("net", "IP").setUnderlying(RType.slice(RType.UINT8));

    private static final byte[] V4_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    /** The boxed value. */
    public final SliceB v;

    /** @param v the value */
    public IP(SliceB v) {
        this.v = v;
    }

    static byte[] bytes(SliceB ip) {
        return SliceB.toArray(ip);
    }

    static SliceB of(byte[] b) {
        return SliceB.of(b);
    }

    /** @return the 4 bytes of an IPv4 address (either form), else null */
    static byte[] v4(byte[] b) {
        if (b.length == 4) {
            return b;
        }
        if (b.length == 16 && java.util.Arrays.equals(b, 0, 12, V4_PREFIX, 0, 12)) {
            return java.util.Arrays.copyOfRange(b, 12, 16);
        }
        return null;
    }

    /** Go's {@code IP.String}: dotted decimal, RFC 5952 IPv6, {@code <nil>} when empty. */
    public static String String(SliceB ip) {
        byte[] b = bytes(ip);
        if (b.length == 0) {
            return "<nil>";
        }
        byte[] p4 = v4(b);
        if (p4 != null) {
            return (p4[0] & 0xff) + "." + (p4[1] & 0xff) + "." + (p4[2] & 0xff) + "." + (p4[3] & 0xff);
        }
        if (b.length != 16) {
            StringBuilder sb = new StringBuilder("?");
            for (byte x : b) {
                sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            }
            return sb.toString();
        }
        // the longest run of zero groups (two or more), the first of equals, becomes ::
        int e0 = -1;
        int e1 = -1;
        for (int i = 0; i < 16; i += 2) {
            int j = i;
            while (j < 16 && b[j] == 0 && b[j + 1] == 0) {
                j += 2;
            }
            if (j > i && j - i > e1 - e0) {
                e0 = i;
                e1 = j;
                i = j;
            }
        }
        if (e1 - e0 <= 2) {
            e0 = -1;
            e1 = -1;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 16; i += 2) {
            if (i == e0) {
                sb.append("::");
                i = e1;
                if (i >= 16) {
                    break;
                }
            } else if (i > 0) {
                sb.append(':');
            }
            sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)));
        }
        return sb.toString();
    }

    /** Go's {@code IP.Equal}: the same address, an IPv4 one in either form. */
    public static boolean Equal(SliceB ip, SliceB x) {
        byte[] a = bytes(ip);
        byte[] b = bytes(x);
        if (a.length == b.length) {
            return java.util.Arrays.equals(a, b);
        }
        byte[] a4 = v4(a);
        byte[] b4 = v4(b);
        return a4 != null && b4 != null && java.util.Arrays.equals(a4, b4);
    }

    /** Go's {@code IP.IsLoopback}: 127.0.0.0/8 or ::1. */
    public static boolean IsLoopback(SliceB ip) {
        byte[] b = bytes(ip);
        byte[] p4 = v4(b);
        if (p4 != null) {
            return p4[0] == 127;
        }
        if (b.length != 16) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 1;
    }

    /** Go's {@code IP.IsUnspecified}: 0.0.0.0 or ::. */
    public static boolean IsUnspecified(SliceB ip) {
        byte[] b = bytes(ip);
        byte[] p4 = v4(b);
        if (p4 != null) {
            return p4[0] == 0 && p4[1] == 0 && p4[2] == 0 && p4[3] == 0;
        }
        if (b.length != 16) {
            return false;
        }
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code IP.To4}: the 4-byte form of an IPv4 address, else nil. */
    public static SliceB To4(SliceB ip) {
        byte[] b = bytes(ip);
        if (b.length == 4) {
            return ip;
        }
        byte[] p4 = v4(b);
        return p4 == null ? null : of(p4);
    }

    /** @return this IP as Go prints it, for fmt */
    @Override
    public String String() {
        return String(v);
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
