package go4j.std.net;

import go4j.fn.M$Temporary$$Z;
import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;

/**
 * The errors under a {@link OpError}, as Go's are: an {@code *os.SyscallError} holding a
 * {@code syscall.Errno} ({@code connect: connection refused}), {@code net.ErrClosed}, the
 * deadline's {@code i/o timeout}, an unknown network, a failed lookup. A Java
 * {@link IOException} is read into the Go error its message names.
 */
final class Errs {
    private Errs() {
    }

    private static RType struct(String pkg, String name) {
        return RType.named(pkg, name).setUnderlying(RType.struct(List.of()));
    }

    /** {@code syscall.Errno}: the system's error number, by its text. */
    static final class Errno implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
        static final RType TYPE = RType.named("syscall", "Errno").setUnderlying(RType.UINTPTR);
        final String text;

        Errno(String text) {
            this.text = text;
        }

        @Override
        public String Error() {
            return text;
        }

        @Override
        public boolean Timeout() {
            return text.equals("connection timed out") || text.equals("resource temporarily unavailable");
        }

        @Override
        public boolean Temporary() {
            return Timeout() || text.equals("connection reset by peer") || text.equals("connection aborted")
                    || text.equals("interrupted system call") || text.equals("too many open files");
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code net.ErrClosed}'s type, {@code poll.errNetClosing}. */
    static final class NetClosing implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
        static final RType TYPE = struct("internal/poll", "errNetClosing");
        static final NetClosing INSTANCE = new NetClosing();

        @Override
        public String Error() {
            return "use of closed network connection";
        }

        @Override
        public boolean Timeout() {
            return false;
        }

        @Override
        public boolean Temporary() {
            return false;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code os.ErrDeadlineExceeded}, a {@code *poll.DeadlineExceededError}: {@code i/o timeout}. */
    static final class Deadline implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
        static final RType TYPE = RType.pointer(struct("internal/poll", "DeadlineExceededError"));
        static final Deadline INSTANCE = new Deadline();

        @Override
        public String Error() {
            return "i/o timeout";
        }

        @Override
        public boolean Timeout() {
            return true;
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

    /** {@code net.UnknownNetworkError}: {@code unknown network foo}. */
    static final class UnknownNetwork implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
        static final RType TYPE = RType.named("net", "UnknownNetworkError").setUnderlying(RType.STRING);
        final String v;

        UnknownNetwork(String v) {
            this.v = v;
        }

        @Override
        public String Error() {
            return "unknown network " + v;
        }

        @Override
        public boolean Timeout() {
            return false;
        }

        @Override
        public boolean Temporary() {
            return false;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code *net.DNSError}: {@code lookup NAME: no such host}. */
    static final class DnsError implements GoValue, GoError, M$Timeout$$Z, M$Temporary$$Z {
        static final RType TYPE = RType.pointer(struct("net", "DNSError"));
        final String name;
        final String err;

        DnsError(String name, String err) {
            this.name = name;
            this.err = err;
        }

        @Override
        public String Error() {
            return "lookup " + name + ": " + err;
        }

        @Override
        public boolean Timeout() {
            return false;
        }

        @Override
        public boolean Temporary() {
            return false;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /**
     * The Go error of a failed system call: {@code syscall: errno}, with the errno's text read
     * from the JDK's message ("Connection refused" is ECONNREFUSED's "connection refused").
     */
    static Object sys(String syscall, IOException e) {
        if (e instanceof SocketTimeoutException) {
            return Deadline.INSTANCE;
        }
        return new SysError(syscall, new Errno(errnoText(e)));
    }

    static String errnoText(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int paren = m.indexOf(" (");
        if (paren > 0) {
            m = m.substring(0, paren);
        }
        String low = m.toLowerCase(java.util.Locale.ROOT);
        if (low.startsWith("connection reset")) {
            return "connection reset by peer";
        }
        if (low.contains("broken pipe")) {
            return "broken pipe";
        }
        if (low.contains("connection refused")) {
            return "connection refused";
        }
        if (low.contains("address already in use")) {
            return "address already in use";
        }
        if (low.contains("permission denied")) {
            return "permission denied";
        }
        if (low.contains("connect timed out") || low.contains("connection timed out")) {
            return "connection timed out";
        }
        return low;
    }
}
