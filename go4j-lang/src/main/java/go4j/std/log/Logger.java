package go4j.std.log;

import go4j.fn.M$Write$L$A;
import go4j.lang.GoPanic;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.RuntimeError;
import go4j.lang.SliceL;
import go4j.lang.Str;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Go's {@code log.Logger}, a standard struct type (docs/compiler.md) used through its pointer:
 * each message becomes one line, headed as the flags say (prefix, date, time, file and line;
 * Go's order and formats), ended with a newline if it has none, and written with one
 * {@code Write} call on the output, an {@code io.Writer} value called through
 * {@link M$Write$L$A}. Lines are written under the Logger's lock, as Go's are.
 *
 * <p>The file of {@code Lshortfile} and {@code Llongfile} is the caller's source file as the
 * compiled class records it, the full path as Go's.
 * The Fatal and Panic functions exit and panic as Go's do, after writing.
 *
 * <pre>{@code
 * Logger l = Pkg.New(go4j.std.os.Pkg.Stdout, "app: ", 0);
 * l.Println(SliceL.of("ready"));   // app: ready
 * }</pre>
 */
public final class Logger implements GoValue {
    /** {@code *log.Logger}. */
    public static final RType TYPE = RType.pointer(RType.named("log", "Logger").setUnderlying(RType.struct(List.of())));

    // Go's flag constants (the stub's), which select the header's parts.
    static final long LDATE = 1;
    static final long LTIME = 2;
    static final long LMICROSECONDS = 4;
    static final long LLONGFILE = 8;
    static final long LSHORTFILE = 16;
    static final long LUTC = 32;
    static final long LMSGPREFIX = 64;
    static final long LSTDFLAGS = LDATE | LTIME;

    private Object out;
    private String prefix;
    private long flag;

    /** Go's zero Logger: no output (writing is a nil dereference, as in Go), no prefix, no flags. */
    public Logger() {
        this(null, "", 0);
    }

    Logger(Object out, String prefix, long flag) {
        this.out = out;
        this.prefix = prefix;
        this.flag = flag;
    }

    /** @return a Logger with this one's output, prefix and flags */
    public synchronized Logger $copy() {
        return new Logger(out, prefix, flag);
    }

    /** @param other the Logger whose output, prefix and flags this one takes */
    public synchronized void $set(Logger other) {
        Logger c = other.$copy();
        out = c.out;
        prefix = c.prefix;
        flag = c.flag;
    }

    /**
     * Writes one line: the header, then s, then a newline unless s ends with one.
     *
     * @param calldepth how many calls up the reported file and line are; 1 is Output's
     *                  caller, 2 its caller's caller (the log functions pass 2)
     * @return the output's error, nil if none
     */
    public Object Output(long calldepth, String s) {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
        String line = null;
        synchronized (this) {
            if ((flag & (LSHORTFILE | LLONGFILE)) != 0) {
                line = caller((int) calldepth);
            }
            StringBuilder b = new StringBuilder();
            header(b, now, line);
            b.append(s);
            if (s.isEmpty() || s.charAt(s.length() - 1) != '\n') {
                b.append('\n');
            }
            if (out == null) {
                throw RuntimeError.nilDeref();
            }
            Object[] r = ((M$Write$L$A) out).Write(Str.toBytes(b.toString()));
            return r[1];
        }
    }

    private void header(StringBuilder b, ZonedDateTime now, String fileLine) {
        if ((flag & LMSGPREFIX) == 0) {
            b.append(prefix);
        }
        if ((flag & (LDATE | LTIME | LMICROSECONDS)) != 0) {
            ZonedDateTime t = (flag & LUTC) != 0 ? now.withZoneSameInstant(ZoneOffset.UTC) : now;
            if ((flag & LDATE) != 0) {
                b.append(String.format("%04d/%02d/%02d ", t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
            }
            if ((flag & (LTIME | LMICROSECONDS)) != 0) {
                b.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                if ((flag & LMICROSECONDS) != 0) {
                    b.append(String.format(".%06d", t.getNano() / 1000));
                }
                b.append(' ');
            }
        }
        if (fileLine != null) {
            b.append(fileLine).append(": ");
        }
        if ((flag & LMSGPREFIX) != 0) {
            b.append(prefix);
        }
    }

    /**
     * The file and line calldepth Go calls up from Output, short or long as the flags say;
     * {@code ???:0} if there is none, as Go writes then. Go's calls are the compiled frames
     * (classes under the {@code go.} packages) and this package's functions, each of which is
     * one Go function; Output itself and the run time's own frames are not.
     */
    private String caller(int calldepth) {
        Optional<StackWalker.StackFrame> f = StackWalker.getInstance().walk(frames -> frames
                .filter(fr -> go4j.lang.Rt.isGoFrame(fr.getClassName(), fr.getLineNumber())
                        || fr.getClassName().startsWith("go4j.std.log.")
                        && !(fr.getClassName().equals(Logger.class.getName())
                                && (fr.getMethodName().equals("Output") || fr.getMethodName().equals("caller")
                                        || fr.getMethodName().startsWith("lambda$"))))
                .skip(Math.max(calldepth - 1, 0))
                .findFirst());
        if (f.isEmpty() || !f.get().getClassName().startsWith("go.") || f.get().getFileName() == null) {
            return "???:0";
        }
        String file = f.get().getFileName();
        if ((flag & LSHORTFILE) != 0) {
            file = file.substring(file.lastIndexOf('/') + 1);
        }
        return file + ":" + f.get().getLineNumber();
    }

    /** Output of fmt.Sprint(v...). */
    public void Print(SliceL v) {
        Output(2, go4j.std.fmt.Pkg.Sprint(v));
    }

    /** Output of fmt.Sprintf(format, v...). */
    public void Printf(String format, SliceL v) {
        Output(2, go4j.std.fmt.Pkg.Sprintf(format, v));
    }

    /** Output of fmt.Sprintln(v...). */
    public void Println(SliceL v) {
        Output(2, go4j.std.fmt.Pkg.Sprintln(v));
    }

    /** Print, then exit with status 1. */
    public void Fatal(SliceL v) {
        Output(2, go4j.std.fmt.Pkg.Sprint(v));
        go4j.std.os.Pkg.Exit(1);
    }

    /** Printf, then exit with status 1. */
    public void Fatalf(String format, SliceL v) {
        Output(2, go4j.std.fmt.Pkg.Sprintf(format, v));
        go4j.std.os.Pkg.Exit(1);
    }

    /** Println, then exit with status 1. */
    public void Fatalln(SliceL v) {
        Output(2, go4j.std.fmt.Pkg.Sprintln(v));
        go4j.std.os.Pkg.Exit(1);
    }

    /** Print, then panic with the message. */
    public void Panic(SliceL v) {
        String s = go4j.std.fmt.Pkg.Sprint(v);
        Output(2, s);
        throw new GoPanic(s);
    }

    /** Printf, then panic with the message. */
    public void Panicf(String format, SliceL v) {
        String s = go4j.std.fmt.Pkg.Sprintf(format, v);
        Output(2, s);
        throw new GoPanic(s);
    }

    /** Println, then panic with the message. */
    public void Panicln(SliceL v) {
        String s = go4j.std.fmt.Pkg.Sprintln(v);
        Output(2, s);
        throw new GoPanic(s);
    }

    /** @return the flags */
    public synchronized long Flags() {
        return flag;
    }

    /** Sets the flags. */
    public synchronized void SetFlags(long flag) {
        this.flag = flag;
    }

    /** @return the prefix */
    public synchronized String Prefix() {
        return prefix;
    }

    /** Sets the prefix. */
    public synchronized void SetPrefix(String prefix) {
        this.prefix = prefix;
    }

    /** Sets the output, an {@code io.Writer} value. */
    public synchronized void SetOutput(Object w) {
        out = w;
    }

    /** @return the output, an {@code io.Writer} value */
    public synchronized Object Writer() {
        return out;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
