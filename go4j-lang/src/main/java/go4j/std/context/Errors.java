package go4j.std.context;

import go4j.context.Context;
import go4j.lang.GoError;

/**
 * The crossing of a context's error between Go and go4j-core: core's {@link Context#CANCELED}
 * and {@link Context#DEADLINE_EXCEEDED} are Go's {@link Pkg#Canceled} and
 * {@link Pkg#DeadlineExceeded}; any other error comes from a context written in Go, and core
 * carries it (to the children it cancels) in a {@link GoErr}.
 */
final class Errors {
    private Errors() {
    }

    /**
     * @param e core's error: null, one of its two, or a {@link GoErr}
     * @return the Go error value
     */
    static Object toGo(RuntimeException e) {
        if (e == null) {
            return null;
        }
        if (e == Context.CANCELED) {
            return Pkg.Canceled;
        }
        if (e == Context.DEADLINE_EXCEEDED) {
            return Pkg.DeadlineExceeded;
        }
        return e instanceof GoErr g ? g.err : e;
    }

    /**
     * @param err a Go error value, or null
     * @return what core takes for it
     */
    static RuntimeException toCore(Object err) {
        if (err == null) {
            return null;
        }
        if (err == Pkg.Canceled) {
            return Context.CANCELED;
        }
        if (err == Pkg.DeadlineExceeded) {
            return Context.DEADLINE_EXCEEDED;
        }
        return new GoErr(err);
    }

    /** A Go error in core's clothes: no stack trace, the Go error's text as message. */
    static final class GoErr extends RuntimeException {
        final transient Object err;

        GoErr(Object err) {
            super(err instanceof GoError g ? g.Error() : String.valueOf(err), null, false, false);
            this.err = err;
        }
    }
}
