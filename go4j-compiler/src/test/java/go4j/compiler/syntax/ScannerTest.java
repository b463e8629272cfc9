package go4j.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexer: tokens, literal forms, positions and the spec's semicolon insertion. */
class ScannerTest {

    /** The tokens of src, each as its text (literals) or its token, a semicolon as {@code ;<how>}. */
    private static List<String> tokens(String src) {
        Scanner s = new Scanner(Source.of("x.go", src));
        List<String> out = new ArrayList<>();
        for (s.next(); s.tok() != Token.EOF; s.next()) {
            out.add(switch (s.tok()) {
                case SEMICOLON -> ";" + s.lit();
                case IDENT, INT, FLOAT, IMAG, CHAR, STRING -> s.tok().name() + ":" + s.lit();
                default -> s.tok().toString();
            });
        }
        return out;
    }

    // ---- semicolon insertion

    @Test
    void newlineAfterIdentifierLiteralOrClosingBecomesSemicolon() {
        assertEquals(List.of("IDENT:x", ";newline", "INT:1", ";newline", ")", ";newline", "]", ";newline",
                "}", ";newline"), tokens("x\n1\n)\n]\n}\n"));
    }

    @Test
    void newlineAfterKeywordsThatEndStatementsBecomesSemicolon() {
        assertEquals(List.of("break", ";newline", "continue", ";newline", "fallthrough", ";newline",
                "return", ";newline"), tokens("break\ncontinue\nfallthrough\nreturn\n"));
    }

    @Test
    void newlineAfterIncDecBecomesSemicolon() {
        assertEquals(List.of("IDENT:i", "++", ";newline", "IDENT:j", "--", ";newline"), tokens("i++\nj--\n"));
    }

    @Test
    void newlineAfterOperatorOrOpenBracketIsSkipped() {
        assertEquals(List.of("IDENT:a", "+", "IDENT:b", ";newline"), tokens("a +\nb\n"));
        assertEquals(List.of("IDENT:f", "(", "IDENT:x", ",", ")", ";newline"), tokens("f(\nx,\n)\n"));
        assertEquals(List.of("if", "IDENT:x", "{", "}", ";newline"), tokens("if x {\n}\n"));
    }

    @Test
    void endOfFileAfterStatementEndBecomesSemicolon() {
        assertEquals(List.of("IDENT:x", ";EOF"), tokens("x"));
        assertEquals(List.of("IDENT:x", "+"), tokens("x +"));
    }

    @Test
    void explicitSemicolonIsNamedSemicolon() {
        assertEquals(List.of("IDENT:a", ";semicolon", "IDENT:b", ";newline"), tokens("a; b\n"));
    }

    @Test
    void lineCommentEndsAStatementAtItsNewline() {
        Scanner s = new Scanner(Source.of("x.go", "x // c\ny"));
        s.next();
        s.next();
        assertEquals(Token.SEMICOLON, s.tok());
        assertEquals(6, s.pos()); // the newline, where Go reports "unexpected newline"
    }

    @Test
    void generalCommentSpanningLinesActsAsNewline() {
        assertEquals(List.of("IDENT:x", ";newline", "IDENT:y", ";EOF"), tokens("x /* a\nb */ y"));
        assertEquals(List.of("IDENT:x", "IDENT:y", ";EOF"), tokens("x /* a b */ y"));
    }

    // ---- literals

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|INT", "42|INT", "1_000_000|INT", "0x1F|INT", "0X_1f|INT", "0o17|INT", "0O17|INT", "017|INT",
            "0b1010|INT", "0B_1|INT", "1.5|FLOAT", ".5|FLOAT", "1.|FLOAT", "1e10|FLOAT", "1E-3|FLOAT",
            "1_0.2_5e+1_0|FLOAT", "0x1p-2|FLOAT", "0x1.8p1|FLOAT", "0X.8P0|FLOAT", "089.5|FLOAT", "089e1|FLOAT",
            "2i|IMAG", "1.5i|IMAG", "0x1p2i|IMAG", "0i|IMAG", "089i|IMAG"})
    void numberLiterals(String text, Token kind) {
        assertEquals(List.of(kind.name() + ":" + text, ";EOF"), tokens(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a'", "'\\n'", "'\\''", "'\\x41'", "'\\101'", "'\\u00e9'", "'\\U0001F600'", "'é'",
            "'\\a'", "'\\\\'"})
    void runeLiterals(String text) {
        assertEquals(List.of("CHAR:" + text, ";EOF"), tokens(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"a\\tb\"", "\"\\\"\"", "\"\\xff\\377\"", "\"日本\"", "\"\\u65e5\""})
    void stringLiterals(String text) {
        assertEquals(List.of("STRING:" + text, ";EOF"), tokens(text));
    }

    @Test
    void rawStringKeepsBackslashesAndNewlinesAndDropsCarriageReturns() {
        assertEquals(List.of("STRING:`a\\n\nb`", ";EOF"), tokens("`a\\n\r\nb`"));
    }

    @Test
    void identifiersMayUseUnicodeLetters() {
        assertEquals(List.of("IDENT:héllo", "IDENT:日本", "IDENT:_x9", ";EOF"), tokens("héllo 日本 _x9"));
    }

    @Test
    void operatorsAreLongestMatch() {
        assertEquals(List.of("&^=", "&^", "&&", "<<=", "<-", "<=", "...", ".", ":=", "!="),
                tokens("&^= &^ && <<= <- <= ... . := !="));
    }

    @Test
    void positionsAreByteOffsets() {
        Scanner s = new Scanner(Source.of("x.go", "é x"));
        s.next();
        s.next();
        assertEquals(3, s.pos()); // é is two bytes
    }

    // ---- errors, as Go words them

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '$', value = { // Go's positions, checked with go tool compile
            "0x|x.go:1:3: hexadecimal literal has no digits",
            "1__0|x.go:1:3: '_' must separate successive digits",
            "1_|x.go:1:2: '_' must separate successive digits",
            "09|x.go:1:2: invalid digit '9' in octal literal",
            "0b102|x.go:1:5: invalid digit '2' in binary literal",
            "0o1.5|x.go:1:4: invalid radix point in octal literal",
            "0x1.5|x.go:1:6: hexadecimal mantissa requires a 'p' exponent",
            "1p5|x.go:1:2: 'p' exponent requires hexadecimal mantissa",
            "0b1e5|x.go:1:4: 'e' exponent requires decimal mantissa",
            "1e|x.go:1:3: exponent has no digits",
            "''|x.go:1:2: empty rune literal or unescaped '",
            "'ab'|x.go:1:1: more than one character in rune literal",
            "'\\q'|x.go:1:3: unknown escape",
            "'\\400'|x.go:1:6: octal escape value 256 > 255",
            "'\\xg0'|x.go:1:4: invalid character 'g' in hexadecimal escape",
            "'\\uD800'|x.go:1:8: escape is invalid Unicode code point U+D800",
            "\"abc|x.go:1:1: string not terminated",
            "`abc|x.go:1:1: string not terminated",
            "/* abc|x.go:1:1: comment not terminated",
            "a @ b|x.go:1:3: invalid character U+0040 '@'",
            "a # b|x.go:1:3: invalid character U+0023 '#'"})
    void lexicalErrors(String src, String want) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> tokens(src));
        assertEquals(want, e.getMessage());
    }

    @Test
    void newlineInStringIsReportedAtTheNewline() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> tokens("\"ab\ncd\""));
        assertEquals("x.go:1:4: newline in string", e.getMessage());
    }
}
