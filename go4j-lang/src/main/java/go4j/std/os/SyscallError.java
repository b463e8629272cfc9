package go4j.std.os;

import go4j.fn.M$Timeout$$Z;
import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code os.SyscallError}, a standard struct type used through its pointer: the error of
 * a system call, {@code setenv: invalid argument}. Its fields are Go's exported ones, public.
 */
public final class SyscallError implements GoValue, GoError, M$Timeout$$Z {
    /** {@code *os.SyscallError}. */
    public static final RType TYPE = RType.pointer(RType.named("os", "SyscallError").setUnderlying(RType.struct(List.of())));

    /** Go's {@code Syscall}: the system call's name. */
    public String Syscall = "";
    /** Go's {@code Err}. */
    public Object Err;

    /** Go's zero SyscallError. */
    public SyscallError() {
    }

    SyscallError(String syscall, Object err) {
        Syscall = syscall;
        Err = err;
    }

    /** @return a copy, as copying Go's struct does */
    public SyscallError $copy() {
        return new SyscallError(Syscall, Err);
    }

    /** @param o the SyscallError whose fields this one takes */
    public void $set(SyscallError o) {
        Syscall = o.Syscall;
        Err = o.Err;
    }

    /** Go's text: {@code syscall: err}. */
    @Override
    public String Error() {
        if (Err == null) {
            throw go4j.lang.RuntimeError.nilDeref();
        }
        return Syscall + ": " + ((GoError) Err).Error();
    }

    /** @return Err */
    public Object Unwrap() {
        return Err;
    }

    /** @return whether Err has a {@code Timeout() bool} that says so */
    @Override
    public boolean Timeout() {
        return Err instanceof M$Timeout$$Z t && t.Timeout();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
