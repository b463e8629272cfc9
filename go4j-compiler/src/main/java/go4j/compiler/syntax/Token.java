package go4j.compiler.syntax;

/**
 * Go's tokens, as {@code go/token} names them; {@link #text} is the token as written
 * (empty for the literal kinds and the special tokens).
 */
public enum Token {
    ILLEGAL(""), EOF(""), COMMENT(""),

    // literals
    IDENT(""), INT(""), FLOAT(""), IMAG(""), CHAR(""), STRING(""),

    // operators and delimiters
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON(";"), COLON(":"),
    TILDE("~"),

    // keywords
    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
    DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
    FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"),
    INTERFACE("interface"), MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"),
    SELECT("select"), STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    /** The token as written in source; empty for literals and special tokens. */
    public final String text;

    Token(String text) {
        this.text = text;
    }

    /** @return whether this is a keyword */
    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    /**
     * Go's binary operator precedence (5 highest, 1 lowest), 0 for a token that is not a
     * binary operator.
     *
     * @return the precedence
     */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    /**
     * For an op-assign token ({@code +=}), the binary operator it applies ({@code +});
     * ILLEGAL for any other token.
     *
     * @return the operator
     */
    public Token binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> ILLEGAL;
        };
    }

    @Override
    public String toString() {
        return text.isEmpty() ? name() : text;
    }
}
