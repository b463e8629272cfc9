package go4j.internal.runtime;

import go4j.Chan;

/**
 * What other go4j packages may do with a {@link Chan} beyond its public API (the JDK's
 * SharedSecrets pattern): {@code Chan} installs the implementation in its static
 * initializer, so nothing here is visible to users.
 */
public final class ChanAccess {
    private ChanAccess() {
    }

    /** The operations {@code Chan} lends out. */
    public interface Ops {
        /**
         * A timer's channel (Go's {@code c.timer != nil}): a one-element buffer that
         * {@code len()} and {@code cap()} report as 0, because Go 1.23 timer channels are
         * synchronous; the timer empties the buffer on stop and reset.
         */
        <T> Chan<T> newTimerChan();

        /** A lock-free, possibly stale look: is a goroutine blocked receiving from {@code c}? */
        boolean hasWaitingReceivers(Chan<?> c);
    }

    private static volatile Ops ops;

    /** Called once, by {@code Chan}'s static initializer. */
    public static void install(Ops impl) {
        if (ops != null) {
            throw new IllegalStateException("ChanAccess installed twice");
        }
        ops = impl;
    }

    public static Ops ops() {
        Ops o = ops;
        if (o == null) {
            Chan.nil(); // initializes Chan, which installs its Ops
            o = ops;
        }
        return o;
    }
}
