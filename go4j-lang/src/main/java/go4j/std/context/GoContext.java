package go4j.std.context;

import go4j.RecvChan;
import go4j.context.Context;
import go4j.fn.M$Deadline$$A;
import go4j.fn.M$Done$$L;
import go4j.fn.M$Err$$L;
import go4j.fn.M$Value$L$L;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.std.time.Time;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A context written in Go (any value with Context's four methods, such as a struct that
 * embeds a context) as go4j-core's parent: each core method calls the Go method through its
 * method interface. Core then treats it as Go treats a foreign parent: it asks
 * {@code Value} for its own cancel key, which a Go context that delegates to one of ours
 * passes on (so the child joins our tree), and otherwise watches {@code Done} from a
 * goroutine.
 *
 * @param go the Go context value, non-null
 */
record GoContext(Object go) implements Context {
    @Override
    public Optional<Instant> deadline() {
        Object[] r = ((M$Deadline$$A) go).Deadline();
        if (!(Boolean) r[1]) {
            return Optional.empty();
        }
        Time t = (Time) r[0];
        return Optional.of(Instant.ofEpochSecond(t.Unix(), t.Nanosecond()));
    }

    /** @return the Go channel; null for Go's nil channel, which core reads as "never canceled" */
    @Override
    @SuppressWarnings("unchecked")
    public RecvChan<Void> done() {
        return (RecvChan<Void>) ((M$Done$$L) go).Done();
    }

    @Override
    public RuntimeException err() {
        return Errors.toCore(((M$Err$$L) go).Err());
    }

    /**
     * A Go key is looked up with the Go key; core's own key travels through Go code wrapped
     * as a {@link CoreKey}, which no Go key equals and {@link Ctx#Value} unwraps.
     */
    @Override
    public Object value(Object key) {
        Object goKey = key instanceof Ctx.GoKey k ? k.key() : new CoreKey(key);
        return ((M$Value$L$L) go).Value(goKey);
    }

    /**
     * go4j-core's internal key as a Go value: a pointer type of this package, as Go's key
     * {@code &cancelCtxKey} is, so that Go's {@code ==} compares it by identity.
     *
     * @param key core's key
     */
    record CoreKey(Object key) implements GoValue {
        private static final RType TYPE = RType.pointer(RType.named("context", "coreKey").setUnderlying(RType.struct(List.of())));

        @Override
        public RType goType() {
            return TYPE;
        }
    }
}
