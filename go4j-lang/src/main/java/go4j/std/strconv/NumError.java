package go4j.std.strconv;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Strconv;

import java.util.List;

/**
 * Go's {@code *strconv.NumError}, a standard struct type (docs/compiler.md) whose fields are
 * public, with their Go names and JVM types, so that compiled code can read {@code e.Func},
 * {@code e.Num} and {@code e.Err}. A NumError is used through its pointer (an {@code error}),
 * so it reads as {@code *strconv.NumError}, and {@code ==} is identity as for Go's pointers.
 *
 * <pre>{@code
 * NumError e = NumError.syntax("Atoi", "x");
 * e.Error(); // strconv.Atoi: parsing "x": invalid syntax
 * }</pre>
 */
public final class NumError implements GoError, GoValue {
    /** {@code *strconv.NumError}. */
    public static final RType TYPE = RType.pointer(RType.named("strconv", "NumError").setUnderlying(
            RType.struct(List.of(new RType.Field("Func", RType.STRING, false),
                    new RType.Field("Num", RType.STRING, false),
                    new RType.Field("Err", RType.ERROR, false)))));

    /** The failing function: ParseBool, ParseInt, ParseUint, ParseFloat or Atoi. */
    public String Func;
    /** The input, a Go string. */
    public String Num;
    /**
     * Why it failed: {@link Pkg#ERR_SYNTAX}, {@link Pkg#ERR_RANGE} or another error; an
     * Object, as compiled code declares a field of interface type {@code error}.
     */
    public Object Err;

    /** The zero NumError. */
    public NumError() {
    }

    NumError(String func, String num, Object err) {
        this.Func = func;
        this.Num = num;
        this.Err = err;
    }

    static NumError syntax(String func, String num) {
        return new NumError(func, num, Pkg.ERR_SYNTAX);
    }

    static NumError range(String func, String num) {
        return new NumError(func, num, Pkg.ERR_RANGE);
    }

    /** @return a NumError with the same fields */
    public NumError $copy() {
        return new NumError(Func, Num, Err);
    }

    /** @param other the NumError whose fields this one takes */
    public void $set(NumError other) {
        Func = other.Func;
        Num = other.Num;
        Err = other.Err;
    }

    /** @return {@code strconv.<Func>: parsing <quoted Num>: <Err>} */
    @Override
    public String Error() {
        return "strconv." + Func + ": parsing " + Strconv.quote(Num) + ": " + ((GoError) Err).Error();
    }

    /** @return the reason, for errors.Is and errors.Unwrap */
    public Object Unwrap() {
        return Err;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return Error();
    }
}
