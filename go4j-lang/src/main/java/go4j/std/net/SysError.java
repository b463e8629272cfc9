package go4j.std.net;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code *os.SyscallError}, as net's errors hold it: {@code connect: connection refused}.
 */
final class SysError implements GoValue, GoError {
    static final RType TYPE = RType.pointer(RType.named("os", "SyscallError").setUnderlying(RType.struct(List.of())));

    /** The system call's name. */
    public final String Syscall;
    final Object err;
    final boolean reset;

    SysError(String syscall, Object err) {
        this.Syscall = syscall;
        this.err = err;
        this.reset = err instanceof Errs.Errno e && (e.text.equals("connection reset by peer") || e.text.equals("connection aborted"));
    }

    @Override
    public String Error() {
        return Syscall + ": " + ((GoError) err).Error();
    }

    /** @return the errno */
    public Object Unwrap() {
        return err;
    }

    /** @return whether the errno is a timeout */
    public boolean Timeout() {
        return err instanceof go4j.fn.M$Timeout$$Z t && t.Timeout();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
