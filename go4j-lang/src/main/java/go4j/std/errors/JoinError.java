package go4j.std.errors;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.SliceL;

import java.util.List;

/**
 * Go 1.20's {@code *errors.joinError}, which {@link Pkg#Join} returns: its text is its
 * errors' texts, one per line, and its {@code Unwrap() []error} gives them to
 * {@code errors.Is} and {@code errors.As}, which search them depth first.
 *
 * <pre>{@code
 * Object e = Pkg.Join(SliceL.of(Pkg.New("a"), Pkg.New("b"))); // Error(): "a\nb"
 * }</pre>
 */
public final class JoinError implements GoError, GoValue {
    /** {@code *errors.joinError}. */
    static final RType TYPE = RType.pointer(RType.named("errors", "joinError").setUnderlying(RType.struct(List.of())));

    private final SliceL errs;

    JoinError(SliceL errs) {
        this.errs = errs;
    }

    @Override
    public String Error() {
        StringBuilder sb = new StringBuilder();
        long n = SliceL.len(errs);
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(((GoError) SliceL.get(errs, i)).Error());
        }
        return sb.toString();
    }

    /** @return the joined errors, a {@code []error} */
    public Object Unwrap() {
        return errs;
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
