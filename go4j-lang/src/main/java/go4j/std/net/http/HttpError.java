package go4j.std.net.http;

import go4j.fn.M$Temporary$$Z;
import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/** Go's {@code *http.httpError}: the client's timeout errors, which say Timeout() true. */
final class HttpError implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
    static final RType TYPE = RType.pointer(RType.named("net/http", "httpError").setUnderlying(RType.struct(List.of())));
    private final String err;
    private final boolean timeout;

    HttpError(String err, boolean timeout) {
        this.err = err;
        this.timeout = timeout;
    }

    @Override
    public String Error() {
        return err;
    }

    @Override
    public boolean Timeout() {
        return timeout;
    }

    @Override
    public boolean Temporary() {
        return true;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
