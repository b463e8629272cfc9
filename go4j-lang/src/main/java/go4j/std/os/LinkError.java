package go4j.std.os;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code os.LinkError}, a standard struct type used through its pointer: the error of a
 * rename or symlink, {@code rename a b: no such file or directory}. Its fields are Go's
 * exported ones, public; {@link #Unwrap} lets {@code errors.Is} reach the errno.
 */
public final class LinkError implements GoValue, GoError {
    /** {@code *os.LinkError}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "LinkError").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Op}. */
    public String Op = "";
    /** Go's {@code Old}. */
    public String Old = "";
    /** Go's {@code New}. */
    public String New = "";
    /** Go's {@code Err}. */
    public Object Err;

    /** Go's zero LinkError. */
    public LinkError() {
    }

    LinkError(String op, String old, String nu, Object err) {
        Op = op;
        Old = old;
        New = nu;
        Err = err;
    }

    /** @return a copy, as copying Go's struct does */
    public LinkError $copy() {
        return new LinkError(Op, Old, New, Err);
    }

    /** @param o the LinkError whose fields this one takes */
    public void $set(LinkError o) {
        Op = o.Op;
        Old = o.Old;
        New = o.New;
        Err = o.Err;
    }

    /** Go's text: {@code op old new: err}. */
    @Override
    public String Error() {
        if (Err == null) {
            throw go4j.lang.RuntimeError.nilDeref();
        }
        return Op + " " + Old + " " + New + ": " + ((GoError) Err).Error();
    }

    /** @return Err */
    public Object Unwrap() {
        return Err;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
