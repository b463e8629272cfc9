package go4j.std.math.bits;

import go4j.lang.RuntimeError;

import java.math.BigInteger;

/**
 * Go's {@code math/bits} (stub {@code go4j/std/math/bits/bits.go}). A {@code uint} and
 * {@code uint64} are a {@code long}'s 64 bits, a {@code uint32} an {@code int}'s 32, and a
 * {@code uint8} or {@code uint16} an {@code int} holding the value (docs/compiler.md, "Values");
 * two results are an {@code Object[]} of boxes of those. {@code Div} panics as Go's does: with
 * Go's run-time errors {@code integer divide by zero} and {@code integer overflow}.
 *
 * <pre>{@code
 * Pkg.OnesCount64(0xFFL);   // 8
 * Pkg.Mul64(-1L, 2L);       // {1L, -2L}: hi 1, lo 2^64-2
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    private static final long MASK32 = 0xFFFF_FFFFL;

    // ---- LeadingZeros, TrailingZeros, OnesCount, Len

    /** @return the number of leading zero bits in x; 64 for 0 */
    public static long LeadingZeros(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    /** @return the number of leading zero bits in x; 8 for 0 */
    public static long LeadingZeros8(int x) {
        return Integer.numberOfLeadingZeros(x & 0xFF) - 24;
    }

    /** @return the number of leading zero bits in x; 16 for 0 */
    public static long LeadingZeros16(int x) {
        return Integer.numberOfLeadingZeros(x & 0xFFFF) - 16;
    }

    /** @return the number of leading zero bits in x; 32 for 0 */
    public static long LeadingZeros32(int x) {
        return Integer.numberOfLeadingZeros(x);
    }

    /** @return the number of leading zero bits in x; 64 for 0 */
    public static long LeadingZeros64(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    /** @return the number of trailing zero bits in x; 64 for 0 */
    public static long TrailingZeros(long x) {
        return Long.numberOfTrailingZeros(x);
    }

    /** @return the number of trailing zero bits in x; 8 for 0 */
    public static long TrailingZeros8(int x) {
        return x == 0 ? 8 : Integer.numberOfTrailingZeros(x & 0xFF);
    }

    /** @return the number of trailing zero bits in x; 16 for 0 */
    public static long TrailingZeros16(int x) {
        return x == 0 ? 16 : Integer.numberOfTrailingZeros(x & 0xFFFF);
    }

    /** @return the number of trailing zero bits in x; 32 for 0 */
    public static long TrailingZeros32(int x) {
        return Integer.numberOfTrailingZeros(x);
    }

    /** @return the number of trailing zero bits in x; 64 for 0 */
    public static long TrailingZeros64(long x) {
        return Long.numberOfTrailingZeros(x);
    }

    /** @return the number of one bits in x */
    public static long OnesCount(long x) {
        return Long.bitCount(x);
    }

    /** @return the number of one bits in x */
    public static long OnesCount8(int x) {
        return Integer.bitCount(x & 0xFF);
    }

    /** @return the number of one bits in x */
    public static long OnesCount16(int x) {
        return Integer.bitCount(x & 0xFFFF);
    }

    /** @return the number of one bits in x */
    public static long OnesCount32(int x) {
        return Integer.bitCount(x);
    }

    /** @return the number of one bits in x */
    public static long OnesCount64(long x) {
        return Long.bitCount(x);
    }

    /** @return the minimum number of bits to represent x; 0 for 0 */
    public static long Len(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }

    /** @return the minimum number of bits to represent x; 0 for 0 */
    public static long Len8(int x) {
        return 32 - Integer.numberOfLeadingZeros(x & 0xFF);
    }

    /** @return the minimum number of bits to represent x; 0 for 0 */
    public static long Len16(int x) {
        return 32 - Integer.numberOfLeadingZeros(x & 0xFFFF);
    }

    /** @return the minimum number of bits to represent x; 0 for 0 */
    public static long Len32(int x) {
        return 32 - Integer.numberOfLeadingZeros(x);
    }

    /** @return the minimum number of bits to represent x; 0 for 0 */
    public static long Len64(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }

    // ---- RotateLeft, Reverse, ReverseBytes

    /** @return x rotated left by k mod 64 bits; right for a negative k */
    public static long RotateLeft(long x, long k) {
        return Long.rotateLeft(x, (int) (k & 63));
    }

    /** @return x rotated left by k mod 8 bits */
    public static int RotateLeft8(int x, long k) {
        int s = (int) (k & 7);
        x &= 0xFF;
        return (x << s | x >>> (8 - s)) & 0xFF;
    }

    /** @return x rotated left by k mod 16 bits */
    public static int RotateLeft16(int x, long k) {
        int s = (int) (k & 15);
        x &= 0xFFFF;
        return (x << s | x >>> (16 - s)) & 0xFFFF;
    }

    /** @return x rotated left by k mod 32 bits */
    public static int RotateLeft32(int x, long k) {
        return Integer.rotateLeft(x, (int) (k & 31));
    }

    /** @return x rotated left by k mod 64 bits */
    public static long RotateLeft64(long x, long k) {
        return Long.rotateLeft(x, (int) (k & 63));
    }

    /** @return x with its bits in reverse order */
    public static long Reverse(long x) {
        return Long.reverse(x);
    }

    /** @return x with its bits in reverse order */
    public static int Reverse8(int x) {
        return Integer.reverse(x & 0xFF) >>> 24;
    }

    /** @return x with its bits in reverse order */
    public static int Reverse16(int x) {
        return Integer.reverse(x & 0xFFFF) >>> 16;
    }

    /** @return x with its bits in reverse order */
    public static int Reverse32(int x) {
        return Integer.reverse(x);
    }

    /** @return x with its bits in reverse order */
    public static long Reverse64(long x) {
        return Long.reverse(x);
    }

    /** @return x with its bytes in reverse order */
    public static long ReverseBytes(long x) {
        return Long.reverseBytes(x);
    }

    /** @return x with its bytes in reverse order */
    public static int ReverseBytes16(int x) {
        return (x & 0xFF) << 8 | (x >>> 8) & 0xFF;
    }

    /** @return x with its bytes in reverse order */
    public static int ReverseBytes32(int x) {
        return Integer.reverseBytes(x);
    }

    /** @return x with its bytes in reverse order */
    public static long ReverseBytes64(long x) {
        return Long.reverseBytes(x);
    }

    // ---- Add, Sub, Mul, Div, Rem

    /** @return {sum, carryOut} of x + y + carry (carry 0 or 1) */
    public static Object[] Add(long x, long y, long carry) {
        return Add64(x, y, carry);
    }

    /** @return {sum, carryOut} of x + y + carry (carry 0 or 1) */
    public static Object[] Add32(int x, int y, int carry) {
        long s = (x & MASK32) + (y & MASK32) + (carry & MASK32);
        return new Object[] {(int) s, (int) (s >>> 32)};
    }

    /** @return {sum, carryOut} of x + y + carry (carry 0 or 1) */
    public static Object[] Add64(long x, long y, long carry) {
        long sum = x + y + carry;
        long carryOut = ((x & y) | ((x | y) & ~sum)) >>> 63;
        return new Object[] {sum, carryOut};
    }

    /** @return {diff, borrowOut} of x - y - borrow (borrow 0 or 1) */
    public static Object[] Sub(long x, long y, long borrow) {
        return Sub64(x, y, borrow);
    }

    /** @return {diff, borrowOut} of x - y - borrow (borrow 0 or 1) */
    public static Object[] Sub32(int x, int y, int borrow) {
        int diff = x - y - borrow;
        int borrowOut = ((~x & y) | (~(x ^ y) & diff)) >>> 31;
        return new Object[] {diff, borrowOut};
    }

    /** @return {diff, borrowOut} of x - y - borrow (borrow 0 or 1) */
    public static Object[] Sub64(long x, long y, long borrow) {
        long diff = x - y - borrow;
        long borrowOut = ((~x & y) | (~(x ^ y) & diff)) >>> 63;
        return new Object[] {diff, borrowOut};
    }

    /** @return {hi, lo} of the full product x * y */
    public static Object[] Mul(long x, long y) {
        return Mul64(x, y);
    }

    /** @return {hi, lo} of the full product x * y */
    public static Object[] Mul32(int x, int y) {
        long p = (x & MASK32) * (y & MASK32);
        return new Object[] {(int) (p >>> 32), (int) p};
    }

    /** @return {hi, lo} of the full product x * y */
    public static Object[] Mul64(long x, long y) {
        return new Object[] {Math.unsignedMultiplyHigh(x, y), x * y};
    }

    /** @return {quo, rem} of (hi, lo) / y; panics if y is 0 or y &lt;= hi (the quotient overflows) */
    public static Object[] Div(long hi, long lo, long y) {
        return Div64(hi, lo, y);
    }

    /** @return {quo, rem} of (hi, lo) / y; panics if y is 0 or y &lt;= hi */
    public static Object[] Div32(int hi, int lo, int y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        if (Integer.compareUnsigned(y, hi) <= 0) {
            throw RuntimeError.overflow();
        }
        long z = (hi & MASK32) << 32 | (lo & MASK32);
        long yy = y & MASK32;
        return new Object[] {(int) Long.divideUnsigned(z, yy), (int) Long.remainderUnsigned(z, yy)};
    }

    /** @return {quo, rem} of (hi, lo) / y; panics if y is 0 or y &lt;= hi */
    public static Object[] Div64(long hi, long lo, long y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        if (Long.compareUnsigned(y, hi) <= 0) {
            throw RuntimeError.overflow();
        }
        BigInteger[] qr = u128(hi, lo).divideAndRemainder(unsigned(y));
        return new Object[] {qr[0].longValue(), qr[1].longValue()};
    }

    /** @return (hi, lo) mod y; panics if y is 0 (no overflow: the remainder always fits) */
    public static long Rem(long hi, long lo, long y) {
        return Rem64(hi, lo, y);
    }

    /** @return (hi, lo) mod y; panics if y is 0 */
    public static int Rem32(int hi, int lo, int y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        long z = (hi & MASK32) << 32 | (lo & MASK32);
        return (int) Long.remainderUnsigned(z, y & MASK32);
    }

    /** @return (hi, lo) mod y; panics if y is 0 */
    public static long Rem64(long hi, long lo, long y) {
        if (y == 0) {
            throw RuntimeError.divide();
        }
        return u128(hi, lo).mod(unsigned(y)).longValue();
    }

    private static BigInteger unsigned(long x) {
        return new BigInteger(Long.toUnsignedString(x));
    }

    private static BigInteger u128(long hi, long lo) {
        return unsigned(hi).shiftLeft(64).or(unsigned(lo));
    }
}
