package go4j.std.time;

import go4j.lang.GoError;
import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code time.ParseError}, a standard struct type (docs/compiler.md): what
 * {@code time.Parse} could not read, with Go's {@code Error()} text:
 * {@code parsing time "2023-13-01" as "2006-01-02": cannot parse "13-01" as "01"}, or the
 * value and a message ({@code parsing time "2023-02-30": day out of range}).
 *
 * <pre>{@code
 * new ParseError("2006", "x", "2006", "x", "").Error(); // parsing time "x" as "2006": cannot parse "x" as "2006"
 * }</pre>
 */
public final class ParseError implements GoError, GoValue {
    /** {@code *time.ParseError}. */
    public static final RType TYPE = RType.pointer(RType.named("time", "ParseError").setUnderlying(RType.struct(List.of())));

    /** The layout, the value, the element of each that failed, and a message (or ""). */
    public String Layout;
    public String Value;
    public String LayoutElem;
    public String ValueElem;
    public String Message;

    /** An empty ParseError, Go's zero value. */
    public ParseError() {
        this("", "", "", "", "");
    }

    ParseError(String layout, String value, String layoutElem, String valueElem, String message) {
        Layout = layout;
        Value = value;
        LayoutElem = layoutElem;
        ValueElem = valueElem;
        Message = message;
    }

    /** @return a ParseError with the same fields */
    public ParseError $copy() {
        return new ParseError(Layout, Value, LayoutElem, ValueElem, Message);
    }

    /** @param o the ParseError whose fields this one takes */
    public void $set(ParseError o) {
        Layout = o.Layout;
        Value = o.Value;
        LayoutElem = o.LayoutElem;
        ValueElem = o.ValueElem;
        Message = o.Message;
    }

    @Override
    public String Error() {
        if (Message.isEmpty()) {
            return "parsing time " + quote(Value) + " as " + quote(Layout) + ": cannot parse " + quote(ValueElem) + " as "
                    + quote(LayoutElem);
        }
        return "parsing time " + quote(Value) + Message;
    }

    /** Go's time.quote: double quotes, with bytes outside printable ASCII as \\x escapes. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < ' ') {
                // a valid multi-byte rune is escaped byte by byte too, as Go's does
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return Error();
    }
}
