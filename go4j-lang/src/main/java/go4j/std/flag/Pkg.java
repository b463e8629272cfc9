package go4j.std.flag;

import go4j.fn.F$$V;
import go4j.lang.CellD;
import go4j.lang.CellJ;
import go4j.lang.CellL;
import go4j.lang.CellZ;
import go4j.lang.GoError;
import go4j.lang.GoPanic;
import go4j.lang.Ptr;
import go4j.lang.Slice;
import go4j.lang.SliceL;
import go4j.std.time.Duration;

import java.util.Map;
import java.util.TreeMap;

/**
 * Go's {@code flag} package for the program's own command line (stub
 * {@code go4j/std/flag/flag.go}). A flag's variable is a Go pointer, a {@link Ptr} (a cell
 * for the ones Int, String, ... allocate), which Parse sets. Parse follows Go's syntax
 * ({@code -f}, {@code --f}, {@code -f=v}, {@code -f v} except for bools, {@code --} ends the
 * flags, the first non-flag argument too) and Go's messages: an error prints the message and
 * {@link #Usage} on standard error, then exits 2; {@code -h} and {@code -help}, unless
 * defined, print the usage and exit 0.
 *
 * <pre>{@code
 * Ptr n = Pkg.Int("n", 10, "count");   // -n 5
 * Pkg.Parse();
 * n.getJ();                            // 5
 * }</pre>
 */
public final class Pkg {
    private Pkg() {
    }

    /** The kinds of flag, with the name PrintDefaults shows for the value and its zero. */
    private enum Kind {
        BOOL("", "false"), INT("int", "0"), STRING("string", ""), FLOAT("float", "0"), DURATION("duration", "0s");

        final String valueName;
        final String zero;

        Kind(String valueName, String zero) {
            this.valueName = valueName;
            this.zero = zero;
        }
    }

    /** A defined flag: where its value goes, and what PrintDefaults says. */
    private record Flag(String name, String usage, Kind kind, Ptr p, String defValue) {
    }

    /** The defined flags by name, in the order PrintDefaults lists them. */
    private static final Map<String, Flag> FLAGS = new TreeMap<>();
    /** How many flags Parse set. */
    private static int set;
    private static boolean parsed;
    private static SliceL args = SliceL.of();

    /**
     * Go's {@code flag.Usage}, a {@code func()} value ({@link F$$V}; typed Object, as func
     * values are in JVM signatures): "Usage of prog:" then PrintDefaults.
     */
    public static Object Usage = (F$$V) () -> {
        stderr("Usage of " + go4j.std.os.Pkg.Args.array[go4j.std.os.Pkg.Args.offset] + ":\n");
        PrintDefaults();
    };

    private static synchronized void define(Ptr p, String name, Kind kind, String defValue, String usage) {
        if (FLAGS.containsKey(name)) {
            String msg = go4j.std.os.Pkg.Args.array[go4j.std.os.Pkg.Args.offset] + " flag redefined: " + name;
            stderr(msg + "\n");
            throw new GoPanic(msg);
        }
        FLAGS.put(name, new Flag(name, usage, kind, p, defValue));
    }

    /** @return a new bool variable for the flag -name, set to value */
    public static Ptr Bool(String name, boolean value, String usage) {
        CellZ p = new CellZ();
        BoolVar(p, name, value, usage);
        return p;
    }

    /** Defines the flag -name, whose value goes to p, set to value now. */
    public static void BoolVar(Ptr p, String name, boolean value, String usage) {
        p.setZ(value);
        define(p, name, Kind.BOOL, Boolean.toString(value), usage);
    }

    /** @return a new int variable for the flag -name, set to value */
    public static Ptr Int(String name, long value, String usage) {
        CellJ p = new CellJ();
        IntVar(p, name, value, usage);
        return p;
    }

    /** Defines the flag -name, whose value goes to p, set to value now. */
    public static void IntVar(Ptr p, String name, long value, String usage) {
        p.setJ(value);
        define(p, name, Kind.INT, Long.toString(value), usage);
    }

    /** @return a new string variable for the flag -name, set to value */
    public static Ptr String(String name, String value, String usage) {
        CellL p = new CellL();
        StringVar(p, name, value, usage);
        return p;
    }

    /** Defines the flag -name, whose value goes to p, set to value now. */
    public static void StringVar(Ptr p, String name, String value, String usage) {
        p.setL(value);
        define(p, name, Kind.STRING, value, usage);
    }

    /** @return a new float64 variable for the flag -name, set to value */
    public static Ptr Float64(String name, double value, String usage) {
        CellD p = new CellD();
        Float64Var(p, name, value, usage);
        return p;
    }

    /** Defines the flag -name, whose value goes to p, set to value now. */
    public static void Float64Var(Ptr p, String name, double value, String usage) {
        p.setD(value);
        define(p, name, Kind.FLOAT, go4j.std.strconv.Pkg.FormatFloat(value, 'g', -1, 64), usage);
    }

    /** @return a new time.Duration variable for the flag -name, set to value */
    public static Ptr Duration(String name, long value, String usage) {
        CellJ p = new CellJ();
        DurationVar(p, name, value, usage);
        return p;
    }

    /** Defines the flag -name, whose value goes to p, set to value now. */
    public static void DurationVar(Ptr p, String name, long value, String usage) {
        p.setJ(value);
        define(p, name, Kind.DURATION, Duration.String(value), usage);
    }

    /** @return whether Parse has been called */
    public static synchronized boolean Parsed() {
        return parsed;
    }

    /** @return the arguments after the flags */
    public static synchronized SliceL Args() {
        return args;
    }

    /** @return how many arguments follow the flags */
    public static synchronized long NArg() {
        return Slice.len(args);
    }

    /** @return argument i after the flags, "" if there is none */
    public static synchronized String Arg(long i) {
        return i < 0 || i >= Slice.len(args) ? "" : (String) SliceL.get(args, i);
    }

    /** @return how many flags were set */
    public static synchronized long NFlag() {
        return set;
    }

    /**
     * Prints each flag on standard error as Go does: {@code -name type}, then the usage on
     * the next line (the same line for a one-letter bool), then its default unless zero.
     */
    public static void PrintDefaults() {
        StringBuilder b = new StringBuilder();
        for (Flag f : flags()) {
            String s = "  -" + f.name;
            String[] nameUsage = unquoteUsage(f);
            if (!nameUsage[0].isEmpty()) {
                s += " " + nameUsage[0];
            }
            s += s.length() <= 4 ? "\t" : "\n    \t"; // a one-letter bool fits before the tab
            s += nameUsage[1].replace("\n", "\n    \t");
            if (!f.defValue.equals(f.kind.zero)) {
                s += f.kind == Kind.STRING ? " (default " + go4j.std.strconv.Pkg.Quote(f.defValue) + ")"
                        : " (default " + f.defValue + ")";
            }
            b.append(s).append('\n');
        }
        stderr(b);
    }

    private static synchronized Flag[] flags() {
        return FLAGS.values().toArray(Flag[]::new);
    }

    /** Go's UnquoteUsage: a back-quoted name in the usage, else the kind's value name. */
    private static String[] unquoteUsage(Flag f) {
        String u = f.usage;
        int i = u.indexOf('`');
        if (i >= 0) {
            int j = u.indexOf('`', i + 1);
            if (j >= 0) {
                return new String[] {u.substring(i + 1, j), u.substring(0, i) + u.substring(i + 1, j) + u.substring(j + 1)};
            }
        }
        return new String[] {f.kind.valueName, u};
    }

    /** Parses os.Args[1:]: sets the flags, keeps the rest for Args. */
    public static void Parse() {
        SliceL osArgs = go4j.std.os.Pkg.Args;
        int n = (int) Slice.len(osArgs);
        int i = 1;
        synchronized (Pkg.class) {
            parsed = true;
        }
        while (i < n) {
            String s = (String) SliceL.get(osArgs, i);
            if (s.length() < 2 || s.charAt(0) != '-') {
                break;
            }
            int minuses = 1;
            if (s.charAt(1) == '-') {
                minuses = 2;
                if (s.length() == 2) { // "--" ends the flags
                    i++;
                    break;
                }
            }
            String name = s.substring(minuses);
            if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '=') {
                fail("bad flag syntax: " + s);
            }
            i++;
            String value = null;
            int eq = name.indexOf('=', 1);
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Flag f;
            synchronized (Pkg.class) {
                f = FLAGS.get(name);
            }
            if (f == null) {
                if (name.equals("help") || name.equals("h")) {
                    ((F$$V) Usage).call();
                    go4j.std.os.Pkg.Exit(0);
                }
                fail("flag provided but not defined: -" + name);
            }
            if (f.kind == Kind.BOOL) {
                if (value == null) {
                    f.p.setZ(true);
                } else {
                    Object[] r = go4j.std.strconv.Pkg.ParseBool(value);
                    if (r[1] != null) {
                        fail("invalid boolean value " + go4j.std.strconv.Pkg.Quote(value) + " for -" + name + ": parse error");
                    }
                    f.p.setZ((Boolean) r[0]);
                }
            } else {
                if (value == null && i < n) {
                    value = (String) SliceL.get(osArgs, i++);
                }
                if (value == null) {
                    fail("flag needs an argument: -" + name);
                }
                String err = setValue(f, value);
                if (err != null) {
                    fail("invalid value " + go4j.std.strconv.Pkg.Quote(value) + " for flag -" + name + ": " + err);
                }
            }
            synchronized (Pkg.class) {
                set++;
            }
        }
        SliceL rest = SliceL.slice(osArgs, Math.min(i, n), n);
        synchronized (Pkg.class) {
            args = rest;
        }
    }

    /** Sets a non-bool flag from its text. @return Go's error text, null if it parsed */
    private static String setValue(Flag f, String value) {
        Object[] r = switch (f.kind) {
            case INT -> go4j.std.strconv.Pkg.ParseInt(value, 0, 64);
            case FLOAT -> go4j.std.strconv.Pkg.ParseFloat(value, 64);
            case DURATION -> go4j.std.time.Pkg.ParseDuration(value);
            case STRING -> new Object[] {value, null};
            case BOOL -> throw new IllegalStateException("bools are set by Parse");
        };
        if (r[1] != null) {
            // Go's flag reports strconv's range errors as such and every other error as a parse error
            return ((GoError) r[1]).Error().endsWith("value out of range") && f.kind != Kind.DURATION
                    ? "value out of range" : "parse error";
        }
        switch (f.kind) {
            case INT, DURATION -> f.p.setJ((Long) r[0]);
            case FLOAT -> f.p.setD((Double) r[0]);
            default -> f.p.setL(r[0]);
        }
        return null;
    }

    /** Writes s, a Go string, on standard error as Go's flag does, through os.Stderr. */
    private static void stderr(Object s) {
        go4j.std.os.Pkg.Stderr.WriteString(s.toString());
    }

    /** Go's failf under ExitOnError: the message and the usage on standard error, exit 2. */
    private static void fail(String msg) {
        stderr(msg + "\n");
        ((F$$V) Usage).call();
        go4j.std.os.Pkg.Exit(2);
    }
}
