package go4j.std.context;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code context.deadlineExceededError}, the type of {@code context.DeadlineExceeded}:
 * an empty struct whose value is the error, with the {@code Timeout} and {@code Temporary}
 * methods of a net.Error. There is one instance; Go's {@code ==} finds every value of an
 * empty struct type equal anyway.
 */
public final class DeadlineExceededError implements GoError, GoValue {
    /** {@code context.deadlineExceededError}. */
    public static final RType TYPE = RType.named("context", "deadlineExceededError").setUnderlying(RType.struct(List.of()));

    static final DeadlineExceededError INSTANCE = new DeadlineExceededError();

    private DeadlineExceededError() {
    }

    @Override
    public String Error() {
        return "context deadline exceeded";
    }

    /** @return true: a deadline is a timeout */
    public boolean Timeout() {
        return true;
    }

    /** @return true, as Go's */
    public boolean Temporary() {
        return true;
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
