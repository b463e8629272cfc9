package go4j.std.fmt;

import go4j.lang.Eq;
import go4j.lang.GoError;
import go4j.lang.GoMap;
import go4j.lang.GoPanic;
import go4j.lang.RType;
import go4j.lang.RType.Kind;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.SliceD;
import go4j.lang.SliceF;
import go4j.lang.SliceI;
import go4j.lang.SliceJ;
import go4j.lang.SliceL;
import go4j.lang.SliceZ;
import go4j.lang.Str;
import go4j.lang.Strconv;
import go4j.lang.Stringer;
import go4j.lang.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * One formatting of {@code fmt}'s (Go's {@code pp} and {@code fmt} of {@code fmt/print.go}
 * and {@code fmt/format.go}): the verbs, flags, width and precision, the error texts for bad
 * verbs and arguments, and values printed by their RType. The output is a Go string in
 * {@link #buf} (one char per byte).
 *
 * <p>Values are read as {@code reflect} would: an interface value's raw value and RType (see
 * {@link Values}); {@code arg} is the interface value being printed at the top level (null
 * inside a composite), {@code value}/{@code valueType} the raw value being printed, which the
 * bad-verb text {@code %!d(string=hi)} names.
 */
final class Printer {
    final StringBuilder buf = new StringBuilder();

    // ---- the current directive's flags ----
    private boolean plus;
    private boolean minus;
    private boolean sharp;
    private boolean space;
    private boolean zero;
    private boolean plusV;      // %+v
    private boolean sharpV;     // %#v
    private int wid;
    private int prec;
    private boolean widPresent;
    private boolean precPresent;

    // ---- what is being printed ----
    private Object arg;          // the top-level interface value, null inside composites
    private Object value;        // the raw value printValue is on
    private RType valueType;     // its type, null when none
    private boolean erroring;    // inside badVerb: no methods, as Go avoids recursing on them
    private boolean reordered;   // an explicit [n] index was used
    private boolean goodArgNum;

    // ---- Errorf ----
    boolean wrapErrs;
    GoError wrappedErr;

    private void clearFlags() {
        plus = minus = sharp = space = zero = plusV = sharpV = false;
        widPresent = precPresent = false;
        wid = prec = 0;
    }

    // ---- Print, Println, Printf ----

    void doPrint(Object[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            Object x = a[i];
            boolean isString = x != null && RType.typeOf(x).kind() == Kind.STRING;
            // Go adds a space between operands when neither is a string.
            if (i > 0 && !isString && !prevString) {
                buf.append(' ');
            }
            printArg(x, 'v');
            prevString = isString;
        }
    }

    void doPrintln(Object[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                buf.append(' ');
            }
            printArg(a[i], 'v');
        }
        buf.append('\n');
    }

    void doPrintf(String format, Object[] a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        int i = 0;
        while (i < end) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++; // the %
            clearFlags();
            flags:
            for (; i < end; i++) {
                switch (format.charAt(i)) {
                    case '#' -> sharp = true;
                    case '0' -> zero = !minus; // zero padding is to the left only
                    case '+' -> plus = true;
                    case '-' -> {
                        minus = true;
                        zero = false;
                    }
                    case ' ' -> space = true;
                    default -> {
                        break flags;
                    }
                }
            }
            long an = argNumber(argNum, format, i, a.length);
            argNum = (int) an;
            i = (int) (an >>> 32 & 0x7FFF_FFFF);
            afterIndex = an < 0;
            // width
            if (i < end && format.charAt(i) == '*') {
                i++;
                long w = intFromArg(a, argNum);
                argNum = (int) (w >>> 32 & 0x7FFF_FFFF);
                widPresent = w >= 0;
                wid = widPresent ? (int) w : 0;
                if (!widPresent) {
                    buf.append("%!(BADWIDTH)");
                }
                if (wid < 0) {
                    wid = -wid;
                    minus = true;
                    zero = false;
                }
                afterIndex = false;
            } else {
                int[] n = parsenum(format, i, end);
                wid = n[0];
                widPresent = n[1] == 1;
                i = n[2];
                if (afterIndex && widPresent) {
                    goodArgNum = false; // "%[3]2d"
                }
            }
            // precision
            if (i < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false; // "%[3].2d"
                }
                an = argNumber(argNum, format, i, a.length);
                argNum = (int) an;
                i = (int) (an >>> 32 & 0x7FFF_FFFF);
                afterIndex = an < 0;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    long p = intFromArg(a, argNum);
                    argNum = (int) (p >>> 32 & 0x7FFF_FFFF);
                    precPresent = p >= 0;
                    prec = precPresent ? (int) p : 0;
                    if (prec < 0) {
                        prec = 0;
                        precPresent = false;
                    }
                    if (!precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] n = parsenum(format, i, end);
                    prec = n[0];
                    precPresent = n[1] == 1;
                    i = n[2];
                    if (!precPresent) {
                        prec = 0;
                        precPresent = true;
                    }
                }
            }
            if (!afterIndex) {
                an = argNumber(argNum, format, i, a.length);
                argNum = (int) an;
                i = (int) (an >>> 32 & 0x7FFF_FFFF);
                afterIndex = an < 0;
            }
            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            long rw = Str.decodeRune(format, i);
            int verb = Str.rune(rw);
            i += Str.width(rw);
            if (verb == '%') {
                buf.append('%'); // a percent takes no operand, whatever its flags
            } else if (!goodArgNum) {
                badArgNum(verb);
            } else if (argNum >= a.length) {
                missingArg(verb);
            } else {
                if (verb == 'v') {
                    sharpV = sharp; // %#v: Go syntax
                    sharp = false;
                    plusV = plus;   // %+v: field names
                    plus = false;
                }
                printArg(a[argNum], verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.length) {
            clearFlags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object x = a[k];
                if (x == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(goString(RType.typeOf(x).toString())).append('=');
                    printArg(x, 'v');
                }
            }
            buf.append(')');
        }
    }

    /**
     * An {@code [n]} argument index at {@code i}: packed as {@code afterIndex << 63 | newI << 32
     * | argNum}.
     */
    private long argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return (long) i << 32 | argNum;
        }
        reordered = true;
        // Go's parseArgNumber: "[n]" with n >= 1; anything else is a bad index.
        int index = 0;
        int w = 1;
        boolean ok = false;
        if (format.length() - i >= 3) {
            for (int k = i + 1; k < format.length(); k++) {
                if (format.charAt(k) == ']') {
                    int[] n = parsenum(format, i + 1, k);
                    if (n[1] == 1 && n[2] == k) {
                        index = n[0] - 1;
                        ok = true;
                    }
                    w = k - i + 1;
                    break;
                }
            }
        }
        long after = ok ? 1L << 63 : 0;
        if (ok && index >= 0 && index < numArgs) {
            return after | (long) (i + w) << 32 | index;
        }
        goodArgNum = false;
        return after | (long) (i + w) << 32 | argNum;
    }

    /** Digits at {@code i}: {value, present (1/0), new i}; too large a number is absent. */
    private static int[] parsenum(String s, int i, int end) {
        int num = 0;
        boolean present = false;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (num > 1_000_000) {
                return new int[] {0, 0, end}; // Go: overflow is no number
            }
            num = num * 10 + (s.charAt(i) - '0');
            present = true;
        }
        return new int[] {num, present ? 1 : 0, i};
    }

    /**
     * A {@code *} width or precision: the argument if it is an integer that fits, packed as
     * {@code newArgNum << 32 | value} (the value's low 32 bits); a missing or bad one has the
     * sign bit set as well.
     */
    private long intFromArg(Object[] a, int argNum) {
        long num = 0;
        boolean isInt = false;
        if (argNum < a.length) {
            Object x = a[argNum];
            RType t = x == null ? null : RType.typeOf(x);
            if (t != null && (t.kind().isSigned() || t.kind().isUnsigned())) {
                long n = Values.toLong(Values.unwrap(x), t.kind());
                if (t.kind().isSigned() || n >= 0) {
                    num = n;
                    isInt = true;
                }
            }
            if (num > 1_000_000 || num < -1_000_000) {
                num = 0;
                isInt = false;
            }
            argNum++;
        }
        long packed = (long) argNum << 32 | (num & 0xFFFF_FFFFL);
        return isInt ? packed : packed | 1L << 63;
    }

    // ---- the bad-argument texts ----

    private void badArgNum(int verb) {
        buf.append("%!");
        Str.appendRune(buf, verb);
        buf.append("(BADINDEX)");
    }

    private void missingArg(int verb) {
        buf.append("%!");
        Str.appendRune(buf, verb);
        buf.append("(MISSING)");
    }

    /** {@code %!d(string=hi)}: the verb does not apply to the value. */
    private void badVerb(int verb) {
        erroring = true;
        buf.append("%!");
        Str.appendRune(buf, verb);
        buf.append('(');
        if (arg != null) {
            buf.append(goString(RType.typeOf(arg).toString())).append('=');
            printArg(arg, 'v');
        } else if (valueType != null) {
            buf.append(goString(valueType.toString())).append('=');
            printValue(value, valueType, 'v', 0);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    // ---- one operand ----

    void printArg(Object a, int verb) {
        arg = a;
        value = null;
        valueType = null;
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                padString("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        RType t = RType.typeOf(a);
        if (verb == 'T') {
            fmtS(goString(t.toString()));
            return;
        }
        Object raw = Values.unwrap(a);
        if (verb == 'p') {
            fmtPointer(raw, t, 'p');
            return;
        }
        if (!t.isNamed() && t.kind().ordinal() <= Kind.COMPLEX128.ordinal() || t.kind() == Kind.STRING && !t.isNamed()) {
            printValue(raw, t, verb, 0); // an unnamed basic type has no methods
            return;
        }
        if (handleMethods(a, verb)) {
            return;
        }
        printValue(raw, t, verb, 0);
    }

    /** Error() or String() for the verbs that print through them; true when printed. */
    private boolean handleMethods(Object v, int verb) {
        if (erroring) {
            return false;
        }
        if (verb == 'w') {
            // %w: only Errorf wraps, once, and only an error.
            if (!(v instanceof GoError e) || !wrapErrs || wrappedErr != null) {
                wrappedErr = null;
                wrapErrs = false;
                Object saved = arg;
                arg = v;
                badVerb(verb);
                arg = saved;
                return true;
            }
            wrappedErr = e;
            verb = 'v';
        }
        if (sharpV) {
            return false; // Go would call GoString(); go4j has no GoStringer yet
        }
        if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') {
            return false;
        }
        String s;
        if (v instanceof GoError e) {
            s = callMethod(v, verb, "Error", e::Error);
        } else if (v instanceof Stringer st) {
            s = callMethod(v, verb, "String", st::String);
        } else {
            return false;
        }
        if (s != null) {
            fmtString(s, verb);
        }
        return true;
    }

    /** Calls a String or Error method, printing Go's text for a panic in it (returning null). */
    private String callMethod(Object v, int verb, String method, java.util.function.Supplier<String> m) {
        try {
            return m.get();
        } catch (GoPanic p) {
            Object saved = arg;
            boolean oldErroring = erroring;
            buf.append("%!");
            Str.appendRune(buf, verb);
            buf.append("(PANIC=").append(method).append(" method: ");
            erroring = true; // as Go: no methods while printing the panic value
            printArg(p.value(), 'v');
            erroring = oldErroring;
            buf.append(')');
            arg = saved;
            return null;
        }
    }

    /** Prints raw value {@code v} of type {@code t}. */
    private void printValue(Object v, RType t, int verb, int depth) {
        if (depth > 0 && t.isNamed() && v != null && !(v instanceof go4j.lang.GoValue)
                && t.kind() != Kind.STRUCT && t.kind() != Kind.INTERFACE && t.kind() != Kind.POINTER) {
            // a raw element of a named type ([]time.Duration): its String or Error method applies
            Object boxed = go4j.lang.TypeStrings.boxNamed(t, v);
            if (boxed instanceof GoError || boxed instanceof Stringer) {
                arg = boxed;
                if (handleMethods(boxed, verb)) {
                    return;
                }
            }
        }
        if (depth > 0 && (v instanceof GoError || v instanceof Stringer) && t.kind() != Kind.INTERFACE) {
            arg = v;
            if (handleMethods(v, verb)) {
                return;
            }
        }
        arg = null;
        value = v;
        valueType = t;
        Kind k = t.kind();
        switch (k) {
            case BOOL -> {
                if (verb == 't' || verb == 'v') {
                    padString((Boolean) v ? "true" : "false");
                } else {
                    badVerb(verb);
                }
            }
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR ->
                    fmtIntegerVerb(Values.toLong(v, k), k.isSigned(), verb);
            case FLOAT32 -> fmtFloatVerb(((Number) v).doubleValue(), 32, verb);
            case FLOAT64 -> fmtFloatVerb(((Number) v).doubleValue(), 64, verb);
            case COMPLEX64, COMPLEX128 -> fmtComplex((go4j.lang.Complex) v, k == Kind.COMPLEX64 ? 32 : 64, verb);
            case STRING -> fmtStringVerb(v == null ? "" : (String) v, verb);
            case MAP -> printMap((GoMap) v, t, verb, depth);
            case STRUCT -> printStruct(v, t, verb, depth);
            case INTERFACE -> {
                if (v == null) {
                    if (sharpV) {
                        buf.append(goString(t.toString())).append("(nil)");
                    } else {
                        padString("<nil>");
                    }
                } else {
                    arg = v;
                    if (!handleMethods(v, verb)) {
                        printValue(Values.unwrap(v), RType.typeOf(v), verb, depth + 1);
                    }
                }
            }
            case ARRAY, SLICE -> printList(v, t, verb, depth);
            case POINTER -> {
                // A pointer to a struct, array, slice or map at the top level prints as &{...},
                // &[...], &map[...]; deeper, an address. *T of a struct or array is the object.
                Kind ek = t.elem().kind();
                if (depth == 0 && v != null && (ek == Kind.STRUCT || ek == Kind.ARRAY || ek == Kind.SLICE || ek == Kind.MAP)) {
                    buf.append('&');
                    printValue(v instanceof go4j.lang.Ptr p ? p.getL() : v, t.elem(), verb, depth + 1);
                } else {
                    fmtPointer(v, t, verb);
                }
            }
            case CHAN, FUNC, UNSAFE_POINTER -> fmtPointer(v, t, verb);
            default -> badVerb(verb);
        }
    }

    private void printMap(GoMap m, RType t, int verb, int depth) {
        if (sharpV) {
            buf.append(goString(t.toString()));
            if (m == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append("map[");
        }
        List<Object[]> entries = new ArrayList<>();
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            entries.add(new Object[] {it.key(), it.value()});
        }
        RType kt = t.key();
        entries.sort((x, y) -> compareKeys(kt, x[0], y[0]));
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                buf.append(sharpV ? ", " : " ");
            }
            printValue(entries.get(i)[0], kt, verb, depth + 1);
            buf.append(':');
            printValue(entries.get(i)[1], t.elem(), verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
    }

    private void printStruct(Object v, RType t, int verb, int depth) {
        if (sharpV) {
            buf.append(goString(t.toString()));
        }
        buf.append('{');
        List<RType.Field> fields = t.fields();
        for (int i = 0; i < fields.size(); i++) {
            RType.Field f = fields.get(i);
            if (i > 0) {
                buf.append(sharpV ? ", " : " ");
            }
            if (plusV || sharpV) {
                buf.append(goString(f.name())).append(':');
            }
            printValue(Values.field(v, f.name()), f.type(), verb, depth + 1);
        }
        buf.append('}');
    }

    private void printList(Object v, RType t, int verb, int depth) {
        RType et = t.elem();
        if (et.kind() == Kind.UINT8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
            fmtStringVerb(bytesOf(v), verb); // []byte and [N]byte print as strings for these
            return;
        }
        if (sharpV) {
            // Go names a top-level []byte "[]byte", reflect's name for it elsewhere is []uint8.
            String name = depth == 0 && t == RType.slice(RType.UINT8) ? "[]byte" : t.toString();
            buf.append(goString(name));
            if (t.kind() == Kind.SLICE && v == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append('[');
        }
        int n = t.kind() == Kind.SLICE ? (int) Slice.len((Slice) v) : java.lang.reflect.Array.getLength(v);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                buf.append(sharpV ? ", " : " ");
            }
            printValue(element(v, i), et, verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
    }

    /** Element i of a slice or a JVM array, boxed. */
    private static Object element(Object v, int i) {
        return switch (v) {
            case SliceJ s -> s.array[s.offset + i];
            case SliceI s -> s.array[s.offset + i];
            case SliceB s -> s.array[s.offset + i];
            case SliceD s -> s.array[s.offset + i];
            case SliceF s -> s.array[s.offset + i];
            case SliceZ s -> s.array[s.offset + i];
            case SliceL s -> s.array[s.offset + i];
            default -> java.lang.reflect.Array.get(v, i);
        };
    }

    /** A []byte or [N]byte as a Go string. */
    private static String bytesOf(Object v) {
        if (v instanceof SliceB b || v == null) {
            return SliceB.toGoString((SliceB) v);
        }
        byte[] a = (byte[]) v;
        return new String(a, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** fmtsort's order: numbers by value (NaN first), strings by bytes, false before true. */
    private static int compareKeys(RType t, Object a, Object b) {
        Kind k = t.kind();
        if (k.isSigned()) {
            return Long.compare(Values.toLong(a, k), Values.toLong(b, k));
        }
        if (k.isUnsigned()) {
            return Long.compareUnsigned(Values.toLong(a, k), Values.toLong(b, k));
        }
        return switch (k) {
            case STRING -> ((String) a).compareTo((String) b);
            case BOOL -> Boolean.compare((Boolean) a, (Boolean) b);
            case FLOAT32, FLOAT64 -> {
                double x = ((Number) a).doubleValue();
                double y = ((Number) b).doubleValue();
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    yield Boolean.compare(!Double.isNaN(x), !Double.isNaN(y));
                }
                yield Double.compare(x == 0 ? 0 : x, y == 0 ? 0 : y);
            }
            case INTERFACE -> {
                if (a == null || b == null) {
                    yield Boolean.compare(a != null, b != null);
                }
                RType ta = RType.typeOf(a);
                RType tb = RType.typeOf(b);
                int c = ta.toString().compareTo(tb.toString());
                yield c != 0 || ta != tb ? c : compareKeys(ta, Values.unwrap(a), Values.unwrap(b));
            }
            case STRUCT -> {
                for (RType.Field f : t.fields()) {
                    int c = compareKeys(f.type(), Values.field(a, f.name()), Values.field(b, f.name()));
                    if (c != 0) {
                        yield c;
                    }
                }
                yield 0;
            }
            case ARRAY -> {
                for (int i = 0; i < t.length(); i++) {
                    int c = compareKeys(t.elem(), element(a, i), element(b, i));
                    if (c != 0) {
                        yield c;
                    }
                }
                yield 0;
            }
            default -> Eq.valueEqual(t, a, b) ? 0
                    : Long.compare(Values.addressOf(a), Values.addressOf(b));
        };
    }

    // ---- verbs by kind ----

    private void fmtIntegerVerb(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    fmtInteger(v, 10, signed, verb, false);
                }
            }
            case 'd' -> fmtInteger(v, 10, signed, verb, false);
            case 'b' -> fmtInteger(v, 2, signed, verb, false);
            case 'o', 'O' -> fmtInteger(v, 8, signed, verb, false);
            case 'x' -> fmtInteger(v, 16, signed, verb, false);
            case 'X' -> fmtInteger(v, 16, signed, verb, true);
            case 'c' -> fmtC(v);
            case 'q' -> fmtQc(v);
            case 'U' -> fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloatVerb(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmtFloat(v, size, 'g', -1);
            case 'g', 'G' -> fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> fmtFloat(v, size, (char) verb, 6);
            case 'F' -> fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    /** Go's fmtC: (re+imi), each part a float of the verb, the imaginary part always signed. */
    private void fmtComplex(go4j.lang.Complex c, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = plus;
                buf.append('(');
                fmtFloatVerb(c.re, size, verb);
                plus = true;
                fmtFloatVerb(c.im, size, verb);
                buf.append("i)");
                plus = oldPlus;
            }
            default -> badVerb(verb);
        }
    }

    private void fmtStringVerb(String s, int verb) {
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    fmtQ(s);
                } else {
                    fmtS(s);
                }
            }
            case 's' -> fmtS(s);
            case 'x' -> fmtSx(s, false);
            case 'X' -> fmtSx(s, true);
            case 'q' -> fmtQ(s);
            default -> badVerb(verb);
        }
    }

    /** A String()/Error() result printed for the verbs that call them. */
    private void fmtString(String s, int verb) {
        valueType = null;
        fmtStringVerb(s, verb);
    }

    private void fmtPointer(Object v, RType t, int verb) {
        switch (t.kind()) {
            case CHAN, FUNC, MAP, POINTER, SLICE, UNSAFE_POINTER -> {
            }
            default -> {
                badVerb(verb);
                return;
            }
        }
        long u = Values.addressOf(v);
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    buf.append('(').append(goString(t.toString())).append(")(");
                    if (u == 0) {
                        buf.append("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    buf.append(')');
                } else if (u == 0) {
                    padString("<nil>");
                } else {
                    fmt0x64(u, !sharp);
                }
            }
            case 'p' -> fmt0x64(u, !sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtIntegerVerb(u, false, verb);
            default -> badVerb(verb);
        }
    }

    // ---- format.go: the formatting of one value ----

    /** Pads with spaces, or zeros for the 0 flag, to the width counted in runes. */
    private void padString(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - Str.runeCount(s);
        if (width <= 0) {
            buf.append(s);
        } else if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    private void writePadding(int n) {
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    /** Pads without zeros: numbers put their zeros in front of the digits themselves. */
    private void padNoZero(String s) {
        boolean oldZero = zero;
        zero = false;
        padString(s);
        zero = oldZero;
    }

    private void fmtInteger(long u, int base, boolean signed, int verb, boolean upper) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u; // Long.MIN_VALUE stays itself, whose unsigned digits are right
        }
        int precision = 0;
        if (precPresent) {
            precision = prec;
            if (precision == 0 && u == 0) {
                padNoZero(""); // %.0d of 0 prints nothing, padded
                return;
            }
        } else if (zero && widPresent) {
            precision = wid;
            if (negative || plus || space) {
                precision--; // room for the sign
            }
        }
        String digits = Long.toUnsignedString(u, base);
        if (upper) {
            digits = digits.toUpperCase();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = digits.length(); i < precision; i++) {
            sb.append('0');
        }
        sb.append(digits);
        if (sharp) {
            switch (base) {
                case 2 -> sb.insert(0, "0b");
                case 8 -> {
                    if (sb.charAt(0) != '0') {
                        sb.insert(0, '0');
                    }
                }
                case 16 -> sb.insert(0, upper ? "0X" : "0x");
                default -> {
                }
            }
        }
        if (verb == 'O') {
            sb.insert(0, "0o");
        }
        if (negative) {
            sb.insert(0, '-');
        } else if (plus) {
            sb.insert(0, '+');
        } else if (space) {
            sb.insert(0, ' ');
        }
        padNoZero(sb.toString());
    }

    /** {@code 0x}-prefixed hex of u (or bare), as Go's fmt0x64. */
    private void fmt0x64(long u, boolean leading0x) {
        boolean s = sharp;
        sharp = leading0x;
        fmtInteger(u, 16, false, 'v', false);
        sharp = s;
    }

    private void fmtC(long c) {
        padNoZero(Str.fromRune(c < 0 || c > 0x10FFFF ? Str.RUNE_ERROR : c));
    }

    private void fmtQc(long c) {
        long r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? Str.RUNE_ERROR : c;
        padNoZero(Strconv.quoteRune(r, plus));
    }

    private void fmtUnicode(long u) {
        String hex = Long.toHexString(u).toUpperCase();
        int precision = precPresent && prec > 4 ? prec : 4;
        StringBuilder sb = new StringBuilder("U+");
        for (int i = hex.length(); i < precision; i++) {
            sb.append('0');
        }
        sb.append(hex);
        if (sharp && u >= 0 && u <= 0x10FFFF && Strconv.isPrint((int) u)) {
            sb.append(" '");
            Str.appendRune(sb, u);
            sb.append('\'');
        }
        padNoZero(sb.toString());
    }

    /** A string cut to the precision, counted in runes. */
    private String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += s.charAt(i) < 0x80 ? 1 : Str.width(Str.decodeRune(s, i));
            }
        }
        return s;
    }

    private void fmtS(String s) {
        padString(truncate(s));
    }

    private void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Strconv.canBackquote(s)) {
            padString("`" + s + "`");
        } else if (plus) {
            padString(Strconv.quoteToASCII(s));
        } else {
            padString(Strconv.quote(s));
        }
    }

    /** %x and %X of a string's bytes: the space flag separates them, # prefixes 0x. */
    private void fmtSx(String s, boolean upper) {
        String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        int length = s.length();
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(upper ? 'X' : 'x');
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(upper ? 'X' : 'x');
                }
            }
            int c = s.charAt(i);
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    private void fmtFloat(double v, int size, char verb, int precision) {
        if (precPresent) {
            precision = prec;
        }
        StringBuilder num = new StringBuilder(Strconv.formatFloat(v, verb, precision, size));
        if (num.charAt(0) != '-' && num.charAt(0) != '+') {
            num.insert(0, '+');
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            // Infinities and NaN are no numbers to pad with zeros; NaN has no sign unless asked.
            if (num.charAt(1) == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            padNoZero(num.toString());
            return;
        }
        if (sharp) {
            sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0)); // the sign goes before the zeros
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            padString(num.toString());
            return;
        }
        padString(num.substring(1));
    }

    /** The # flag: a decimal point always, and %g's trailing zeros kept. */
    private static void sharpFloat(StringBuilder num, char verb, int precision) {
        int digits = 0;
        if (verb == 'g' || verb == 'G') {
            digits = precision == -1 ? 6 : precision;
        }
        String tail = "";
        boolean hasPoint = false;
        boolean sawNonzero = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasPoint = true;
            } else if (c == 'e' || c == 'E') {
                tail = num.substring(i);
                num.setLength(i);
                break;
            } else {
                if (c != '0') {
                    sawNonzero = true;
                }
                if (sawNonzero) {
                    digits--;
                }
            }
        }
        if (!hasPoint) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--; // a lone 0 is a significant digit
            }
            num.append('.');
        }
        for (; digits > 0; digits--) {
            num.append('0');
        }
        num.append(tail);
    }

    /** Java text (type and field names) as a Go string. */
    private static String goString(String javaText) {
        for (int i = 0; i < javaText.length(); i++) {
            if (javaText.charAt(i) >= 0x80) {
                return Str.fromJava(javaText);
            }
        }
        return javaText;
    }
}
