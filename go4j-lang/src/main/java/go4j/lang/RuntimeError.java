package go4j.lang;

/**
 * Go's {@code runtime.Error} values, with Go's texts to the letter: the value a run-time panic
 * holds, which {@code recover} returns and whose {@code Error()} is the text after
 * {@code panic: }. The static factories return the {@link GoPanic} for generated code to
 * throw ({@code throw RuntimeError.index(i, len)}).
 *
 * <p>The dynamic types are Go's: {@code runtime.boundsError} for index and slice bounds,
 * {@code runtime.errorString} for the other {@code runtime error: } texts,
 * {@code runtime.plainError} for {@code assignment to entry in nil map}, and
 * {@code *runtime.TypeAssertionError} for failed interface conversions.
 *
 * <pre>{@code
 * try {
 *     throw RuntimeError.index(5, 3);
 * } catch (GoPanic p) {
 *     p.getMessage(); // runtime error: index out of range [5] with length 3
 * }
 * }</pre>
 */
public final class RuntimeError implements GoError, GoValue, go4j.fn.M$RuntimeError$$V {
    private static final RType BOUNDS = runtimeType("boundsError");
    private static final RType ERROR_STRING = runtimeType("errorString");
    private static final RType PLAIN = runtimeType("plainError");
    private static final RType TYPE_ASSERTION = RType.pointer(runtimeType("TypeAssertionError"));

    private static RType runtimeType(String name) {
        return RType.named("runtime", name).setUnderlying(RType.struct(java.util.List.of()));
    }

    private final RType type;   // the Go type, one of the four above
    private final String text;  // Error()

    private RuntimeError(RType type, String text) {
        this.type = type;
        this.text = text;
    }

    @Override
    public String Error() {
        return text;
    }

    /** runtime.Error's marker method. */
    @Override
    public void RuntimeError() {
    }

    @Override
    public RType goType() {
        return type;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        // Go's runtime errors are values: two equal texts of one type are ==.
        return o instanceof RuntimeError r && r.type == type && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static GoPanic panic(RType type, String text) {
        return new GoPanic(new RuntimeError(type, text));
    }

    private static GoPanic bounds(String text) {
        return panic(BOUNDS, "runtime error: " + text);
    }

    // ---- bounds: Go's boundsError texts, x the offending index, y the bound ----

    /**
     * {@code s[x]} with x outside [0, length).
     *
     * @param x      the index
     * @param length the length
     * @return the panic: {@code index out of range [5] with length 3}, or {@code [-1]}
     */
    public static GoPanic index(long x, long length) {
        return bounds(x < 0 ? "index out of range [" + x + "]"
                : "index out of range [" + x + "] with length " + length);
    }

    /**
     * {@code a[:x]} of a string or array with x above its length.
     *
     * @param x      the high bound
     * @param length the length
     * @return the panic: {@code slice bounds out of range [:5] with length 3}
     */
    public static GoPanic sliceAlen(long x, long length) {
        return bounds(x < 0 ? "slice bounds out of range [:" + x + "]"
                : "slice bounds out of range [:" + x + "] with length " + length);
    }

    /**
     * {@code s[:x]} of a slice with x above its capacity.
     *
     * @param x        the high bound
     * @param capacity the capacity
     * @return the panic: {@code slice bounds out of range [:5] with capacity 3}
     */
    public static GoPanic sliceAcap(long x, long capacity) {
        return bounds(x < 0 ? "slice bounds out of range [:" + x + "]"
                : "slice bounds out of range [:" + x + "] with capacity " + capacity);
    }

    /**
     * {@code s[x:y]} with x above y (or negative).
     *
     * @param x the low bound
     * @param y the high bound
     * @return the panic: {@code slice bounds out of range [3:2]}, or {@code [-1:]}
     */
    public static GoPanic sliceB(long x, long y) {
        return bounds(x < 0 ? "slice bounds out of range [" + x + ":]"
                : "slice bounds out of range [" + x + ":" + y + "]");
    }

    /**
     * {@code a[::x]} of a string or array with x above its length.
     *
     * @param x      the max bound
     * @param length the length
     * @return the panic: {@code slice bounds out of range [::5] with length 3}
     */
    public static GoPanic slice3Alen(long x, long length) {
        return bounds(x < 0 ? "slice bounds out of range [::" + x + "]"
                : "slice bounds out of range [::" + x + "] with length " + length);
    }

    /**
     * {@code s[::x]} of a slice with x above its capacity.
     *
     * @param x        the max bound
     * @param capacity the capacity
     * @return the panic: {@code slice bounds out of range [::5] with capacity 3}
     */
    public static GoPanic slice3Acap(long x, long capacity) {
        return bounds(x < 0 ? "slice bounds out of range [::" + x + "]"
                : "slice bounds out of range [::" + x + "] with capacity " + capacity);
    }

    /**
     * {@code s[:x:y]} with x above y.
     *
     * @param x the high bound
     * @param y the max bound
     * @return the panic: {@code slice bounds out of range [:3:2]}
     */
    public static GoPanic slice3B(long x, long y) {
        return bounds(x < 0 ? "slice bounds out of range [:" + x + ":]"
                : "slice bounds out of range [:" + x + ":" + y + "]");
    }

    /**
     * {@code s[x:y:]} with x above y.
     *
     * @param x the low bound
     * @param y the high bound
     * @return the panic: {@code slice bounds out of range [3:2:]}
     */
    public static GoPanic slice3C(long x, long y) {
        return bounds(x < 0 ? "slice bounds out of range [" + x + "::]"
                : "slice bounds out of range [" + x + ":" + y + ":]");
    }

    // ---- the others ----

    /**
     * Returns the panic {@code runtime error: integer divide by zero}.
     *
     * @return the panic {@code runtime error: integer divide by zero}
     */
    public static GoPanic divide() {
        return panic(ERROR_STRING, "runtime error: integer divide by zero");
    }

    /**
     * Returns the panic {@code runtime error: integer overflow} (math/bits' {@code Div}).
     *
     * @return the panic {@code runtime error: integer overflow}
     */
    public static GoPanic overflow() {
        return panic(ERROR_STRING, "runtime error: integer overflow");
    }

    /**
     * A nil pointer dereference; the panic's report adds Go's {@code [signal SIGSEGV ...]} line
     * (with the addresses the JVM does not have as 0).
     *
     * @return the panic {@code runtime error: invalid memory address or nil pointer dereference}
     */
    public static GoPanic nilDeref() {
        RuntimeError e = new RuntimeError(ERROR_STRING,
                "runtime error: invalid memory address or nil pointer dereference");
        return new GoPanic(e, e.text + "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
    }

    /**
     * The value a recovered go4j-core panic stands for ({@code send on closed channel}, ...):
     * Go's plainError, an error whose text has no prefix.
     *
     * @param text the panic's text
     * @return the error value
     */
    public static RuntimeError plain(String text) {
        return new RuntimeError(PLAIN, text);
    }

    /**
     * Returns the panic {@code assignment to entry in nil map} (Go's plainError: no prefix).
     *
     * @return the panic {@code assignment to entry in nil map} (Go's plainError: no prefix)
     */
    public static GoPanic nilMapWrite() {
        return panic(PLAIN, "assignment to entry in nil map");
    }

    /**
     * Returns the panic {@code runtime error: makeslice: len out of range}.
     *
     * @return the panic {@code runtime error: makeslice: len out of range}
     */
    public static GoPanic makeLen() {
        return panic(ERROR_STRING, "runtime error: makeslice: len out of range");
    }

    /**
     * Returns the panic {@code runtime error: makeslice: cap out of range}.
     *
     * @return the panic {@code runtime error: makeslice: cap out of range}
     */
    public static GoPanic makeCap() {
        return panic(ERROR_STRING, "runtime error: makeslice: cap out of range");
    }

    /**
     * Returns the panic {@code runtime error: growslice: cap out of range}.
     *
     * @return the panic {@code runtime error: growslice: cap out of range}
     */
    public static GoPanic growCap() {
        return panic(ERROR_STRING, "runtime error: growslice: cap out of range");
    }

    /**
     * Returns the panic {@code runtime error: negative shift amount}.
     *
     * @return the panic {@code runtime error: negative shift amount}
     */
    public static GoPanic negativeShift() {
        return panic(ERROR_STRING, "runtime error: negative shift amount");
    }

    /**
     * The panic for it.
     *
     * @param t the key's dynamic type
     * @return the panic {@code runtime error: hash of unhashable type []int}
     */
    public static GoPanic unhashable(RType t) {
        return panic(ERROR_STRING, "runtime error: hash of unhashable type " + t);
    }

    /**
     * The panic for it.
     *
     * @param t the operands' dynamic type
     * @return the panic {@code runtime error: comparing uncomparable type []int}
     */
    public static GoPanic uncomparable(RType t) {
        return panic(ERROR_STRING, "runtime error: comparing uncomparable type " + t);
    }

    /**
     * A failed type assertion {@code x.(T)} to a concrete type.
     *
     * @param iface  the static type of x ({@code interface {}}, {@code error}, ...)
     * @param actual x's dynamic type, null for a nil x
     * @param want   T
     * @return the panic {@code interface conversion: interface {} is string, not int} (or
     *     {@code is nil, not int})
     */
    public static GoPanic typeAssertion(RType iface, RType actual, RType want) {
        String a = actual == null ? "nil" : actual.toString();
        String w = want.toString();
        String text = "interface conversion: " + iface + " is " + a + ", not " + w;
        if (actual != null && actual != want && a.equals(w)) {
            text += " (types from different scopes)";
        }
        return panic(TYPE_ASSERTION, text);
    }

    /**
     * A failed type assertion {@code x.(I)} to an interface type that x's dynamic type does
     * not implement.
     *
     * @param actual x's dynamic type
     * @param want   I
     * @param method the first missing method's name
     * @return the panic {@code interface conversion: string is not fmt.Stringer: missing method String}
     */
    public static GoPanic missingMethod(RType actual, RType want, String method) {
        return panic(TYPE_ASSERTION, "interface conversion: " + actual + " is not " + want
                + ": missing method " + method);
    }

    /**
     * A failed type assertion {@code x.(I)} to an interface type with x nil.
     *
     * @param iface x's static type
     * @param want  I
     * @return the panic {@code interface conversion: interface is nil, not fmt.Stringer}
     */
    public static GoPanic nilToInterface(RType iface, RType want) {
        return panic(TYPE_ASSERTION, "interface conversion: interface is nil, not " + want);
    }
}
