package go4j.std.net.http;

import go4j.fn.M$ServeHTTP$LL$V;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/** The handlers net/http makes that are not HandlerFuncs. */
final class Handlers {
    private Handlers() {
    }

    /** Go's {@code *http.redirectHandler}: Redirect to a fixed URL. */
    static final class Redirect implements GoValue, M$ServeHTTP$LL$V {
        static final RType TYPE = RType.pointer(RType.named("net/http", "redirectHandler").setUnderlying(RType.struct(List.of())));
        final String url;
        final long code;

        Redirect(String url, long code) {
            this.url = url;
            this.code = code;
        }

        @Override
        public void ServeHTTP(Object w, Object r) {
            Pkg.Redirect(w, (Request) r, url, code);
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }
}
