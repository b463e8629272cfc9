package go4j.compiler;

import java.util.Set;

/**
 * Go's build constraints, for the files of a package directory: a file is part of the build
 * when its name's {@code _GOOS}, {@code _GOARCH} or {@code _GOOS_GOARCH} suffix (if any)
 * matches, and its {@code //go:build} expression (or, without one, its {@code // +build}
 * lines) holds, as {@code go/build} decides. go4j builds for {@code linux/amd64} (what its
 * {@code runtime.GOOS} and {@code GOARCH} say), with the {@code gc} compiler's tags,
 * {@code unix}, and the release tags {@code go1.1} to {@code go1.19}; {@code cgo} is false.
 * Files named on the command line are built whatever their constraints, as by the go command.
 *
 * <pre>{@code
 * BuildConstraints.matches("a_windows.go", src); // false
 * BuildConstraints.matches("a.go", "//go:build linux || darwin\n\npackage a\n"); // true
 * }</pre>
 */
final class BuildConstraints {
    private BuildConstraints() {
    }

    /** go/build's known operating systems and architectures (Go 1.19), for file-name suffixes. */
    private static final Set<String> OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
            "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    private static final Set<String> ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    /**
     * Whether the file is part of a build for linux/amd64.
     *
     * @param name the file's name ({@code a_linux.go})
     * @param src  its text (the constraints are in the comments before the package clause)
     * @return whether it is built
     */
    static boolean matches(String name, String src) {
        return nameMatches(name) && linesMatch(src);
    }

    private static boolean nameMatches(String name) {
        String n = name.endsWith(".go") ? name.substring(0, name.length() - 3) : name;
        if (n.endsWith("_test")) {
            n = n.substring(0, n.length() - 5);
        }
        String[] parts = n.split("_");
        if (parts.length < 2) {
            return true;
        }
        String last = parts[parts.length - 1];
        String before = parts.length >= 3 ? parts[parts.length - 2] : null;
        if (before != null && OS.contains(before) && ARCH.contains(last)) {
            return tag(before) && tag(last);
        }
        if (OS.contains(last) || ARCH.contains(last)) {
            return tag(last);
        }
        return true;
    }

    /** The header's constraint: //go:build wins over // +build lines; no line, no constraint. */
    private static boolean linesMatch(String src) {
        boolean plusBuild = true;
        boolean sawPlus = false;
        for (String line : src.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("//")) {
                break; // the package clause (or a block comment): the header ends
            }
            if (l.startsWith("//go:build ") || l.equals("//go:build")) {
                return new Expr(l.substring("//go:build".length())).parse();
            }
            if (l.startsWith("// +build ")) {
                sawPlus = true;
                // the line's space-separated options are ORed, each a comma-separated AND of tags
                boolean any = false;
                for (String opt : l.substring("// +build ".length()).strip().split("\\s+")) {
                    boolean all = true;
                    for (String t : opt.split(",")) {
                        all &= t.startsWith("!") ? !tag(t.substring(1)) : tag(t);
                    }
                    any |= all;
                }
                plusBuild &= any;
            }
        }
        return !sawPlus || plusBuild;
    }

    /** Whether a tag holds for go4j's build. */
    static boolean tag(String t) {
        return switch (t) {
            case "linux", "amd64", "unix", "gc" -> true;
            default -> t.startsWith("go1.") && minor(t) >= 1 && minor(t) <= 19;
        };
    }

    private static int minor(String t) {
        try {
            return Integer.parseInt(t.substring(4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A //go:build expression: ||, &&, ! and parentheses over tags (go/build/constraint's grammar). */
    private static final class Expr {
        private final String s;
        private int i;

        Expr(String s) {
            this.s = s;
        }

        boolean parse() {
            boolean v = or();
            skip();
            return i == s.length() && v;
        }

        private boolean or() {
            boolean v = and();
            while (eat("||")) {
                v |= and();
            }
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (eat("&&")) {
                v &= not();
            }
            return v;
        }

        private boolean not() {
            if (eat("!")) {
                return !not();
            }
            if (eat("(")) {
                boolean v = or();
                eat(")");
                return v;
            }
            skip();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                i++;
            }
            return i > start && tag(s.substring(start, i));
        }

        private boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, i)) {
                i += tok.length();
                return true;
            }
            return false;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
