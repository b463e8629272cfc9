package go4j.compiler.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Prints a tree as one line, {@code Name(pos child child ...)} with each record's components
 * in order (the {@link Source} left out), so that a test can compare it with the same dump
 * of {@code go/ast}'s tree ({@code astdump.go}): whitespace between items is not significant.
 */
final class TreeDump {
    private TreeDump() {
    }

    static String dump(Node n) {
        StringBuilder b = new StringBuilder();
        value(b, n);
        return b.toString();
    }

    /**
     * The tree's shape for a reader: the dump without offsets (nor any other int), with one
     * blank between items: {@code Call(Ident("f") [BasicLit(INT "1")] false)}.
     */
    static String shape(Node n) {
        return shapeOf(n);
    }

    private static String shapeOf(Object v) {
        return switch (v) {
            case null -> "nil";
            case Node n -> n.getClass().getSimpleName() + "(" + String.join(" ",
                    java.util.Arrays.stream(n.getClass().getRecordComponents())
                            .filter(c -> c.getType() != int.class && c.getType() != Source.class)
                            .map(c -> shapeOf(component(n, c))).toList()) + ")";
            case List<?> list -> "[" + String.join(" ", list.stream().map(TreeDump::shapeOf).toList()) + "]";
            case String s -> quote(s);
            default -> v.toString();
        };
    }

    private static Object component(Node n, RecordComponent c) {
        try {
            return c.getAccessor().invoke(n);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void value(StringBuilder b, Object v) {
        switch (v) {
            case null -> b.append("nil ");
            case Node n -> node(b, n);
            case List<?> list -> {
                b.append('[');
                list.forEach(x -> value(b, x));
                b.append("] ");
            }
            case String s -> b.append(quote(s)).append(' ');
            case Source s -> {
            }
            default -> b.append(v).append(' '); // numbers, booleans, Token, ChanDir
        }
    }

    private static void node(StringBuilder b, Node n) {
        b.append(n.getClass().getSimpleName()).append('(');
        for (RecordComponent c : n.getClass().getRecordComponents()) {
            value(b, component(n, c));
        }
        b.append(") ");
    }

    /** Go's {@code strconv.Quote} for the characters source text holds. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case 11 -> b.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\x%02x", c));
                    } else if (c == 0xFEFF) {
                        b.append("\\ufeff");
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /**
     * Dumps each named file as its name's line and its tree's line, as astdump.go does (the
     * tree's line is {@code ERROR} and the message for a file that does not parse): for
     * comparing the two over a corpus by hand.
     */
    public static void main(String[] args) throws java.io.IOException {
        for (String name : args) {
            System.out.println(name);
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(name));
                System.out.println(dump(Parser.parse(new Source(name, bytes))));
            } catch (RuntimeException e) {
                System.out.println("ERROR " + String.valueOf(e.getMessage()).replace("\n", " | "));
            }
        }
    }
}
