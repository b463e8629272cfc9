package go4j.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import go4j.compiler.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser's trees, written as {@link TreeDump#shape}s (offsets left out; {@link
 * GoAstAgreementTest} checks those against go/parser): one Go fragment and its tree a line.
 */
class ParserTest {

    private static File file(String src) {
        return Parser.parse(Source.of("./prog.go", src));
    }

    /** The shape of the one statement of a function body. */
    private static String stmt(String body) {
        FuncDecl f = (FuncDecl) file("package p\nfunc f() {\n" + body + "\n}\n").decls().getFirst();
        assertEquals(1, f.body().stmts().size(), "statements of " + body);
        return TreeDump.shape(f.body().stmts().getFirst());
    }

    /** The shape of one top-level declaration. */
    private static String decl(String src) {
        return TreeDump.shape(file("package p\n" + src + "\n").decls().getFirst());
    }

    // ---- expressions and types where expressions stand

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "_ = []int{1} => Assign([Ident(\"_\")] = [CompositeLit(ArrayType(nil Ident(\"int\")) [BasicLit(INT \"1\")])])",
            "_ = map[string]int{} => Assign([Ident(\"_\")] = [CompositeLit(MapType(Ident(\"string\") Ident(\"int\")) [])])",
            "_ = [...]int{2: 1} => Assign([Ident(\"_\")] = [CompositeLit(ArrayType(Ellipsis(nil) Ident(\"int\")) [KeyValue(BasicLit(INT \"2\") BasicLit(INT \"1\"))])])",
            "_ = [][]int{{1}} => Assign([Ident(\"_\")] = [CompositeLit(ArrayType(nil ArrayType(nil Ident(\"int\"))) [CompositeLit(nil [BasicLit(INT \"1\")])])])",
            "func(){}() => ExprStmt(Call(FuncLit(FuncType([] [] []) Block([])) [] false))",
            "_ = struct{}{} => Assign([Ident(\"_\")] = [CompositeLit(StructType([]) [])])",
            "_ = (*T)(x) => Assign([Ident(\"_\")] = [Call(Paren(Star(Ident(\"T\"))) [Ident(\"x\")] false)])",
            "_ = p.T{X: 1} => Assign([Ident(\"_\")] = [CompositeLit(Selector(Ident(\"p\") Ident(\"T\")) [KeyValue(Ident(\"X\") BasicLit(INT \"1\"))])])",
            "_ = []byte(s) => Assign([Ident(\"_\")] = [Call(ArrayType(nil Ident(\"byte\")) [Ident(\"s\")] false)])",
            "_ = a + b * c => Assign([Ident(\"_\")] = [Binary(Ident(\"a\") + Binary(Ident(\"b\") * Ident(\"c\")))])",
            "_ = a || b && !c => Assign([Ident(\"_\")] = [Binary(Ident(\"a\") || Binary(Ident(\"b\") && Unary(! Ident(\"c\"))))])",
            "_ = -x.y[1:2:3] => Assign([Ident(\"_\")] = [Unary(- SliceExpr(Selector(Ident(\"x\") Ident(\"y\")) BasicLit(INT \"1\") BasicLit(INT \"2\") BasicLit(INT \"3\") true))])",
            "_ = s[:] => Assign([Ident(\"_\")] = [SliceExpr(Ident(\"s\") nil nil nil false)])",
            "_ = *p => Assign([Ident(\"_\")] = [Star(Ident(\"p\"))])",
            "_ = &T{} => Assign([Ident(\"_\")] = [Unary(& CompositeLit(Ident(\"T\") []))])",
            "_ = <-ch => Assign([Ident(\"_\")] = [Unary(<- Ident(\"ch\"))])",
            "_ = make(<-chan int) => Assign([Ident(\"_\")] = [Call(Ident(\"make\") [ChanType(RECV Ident(\"int\"))] false)])",
            "_ = make(chan<- int, 1) => Assign([Ident(\"_\")] = [Call(Ident(\"make\") [ChanType(SEND Ident(\"int\")) BasicLit(INT \"1\")] false)])",
            "_ = x.(fmt.Stringer) => Assign([Ident(\"_\")] = [TypeAssert(Ident(\"x\") Selector(Ident(\"fmt\") Ident(\"Stringer\")))])",
            "f(xs...) => ExprStmt(Call(Ident(\"f\") [Ident(\"xs\")] true))",
            "_ = interface{}(x) => Assign([Ident(\"_\")] = [Call(InterfaceType([]) [Ident(\"x\")] false)])",
            "_ = 'a' + 1.5i => Assign([Ident(\"_\")] = [Binary(BasicLit(CHAR \"'a'\") + BasicLit(IMAG \"1.5i\"))])"})
    void expressions(String src, String want) {
        assertEquals(want, stmt(src));
    }

    // ---- the composite literal ambiguity in headers

    @Test
    void braceAfterNameInIfHeaderOpensTheBlock() {
        assertEquals("If(nil Ident(\"x\") Block([]) nil)", stmt("if x {}"));
    }

    @Test
    void parenthesizedCompositeLiteralIsAllowedInHeader() {
        assertEquals("If(nil Binary(Ident(\"x\") == Paren(CompositeLit(Ident(\"T\") []))) Block([]) nil)",
                stmt("if x == (T{}) {}"));
    }

    @Test
    void compositeLiteralOfTypeLiteralIsAllowedInHeader() {
        assertEquals("Range(Ident(\"_\") Ident(\"v\") := CompositeLit(ArrayType(nil Ident(\"int\")) [BasicLit(INT \"1\")]) Block([]))",
                stmt("for _, v := range []int{1} {}"));
    }

    @Test
    void compositeLiteralInsideCallInHeaderIsAllowed() {
        assertEquals("Switch(nil Call(Ident(\"f\") [CompositeLit(Ident(\"T\") [])] false) [])",
                stmt("switch f(T{}) {}"));
    }

    @Test
    void bareCompositeLiteralOfNamedTypeInHeaderIsAnError() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> file("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n"));
        assertEquals("./prog.go:3:14: syntax error: unexpected { at end of statement\n"
                + "./prog.go:5:1: syntax error: non-declaration statement outside function body", e.getMessage());
    }

    // ---- statements

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "for {} => For(nil nil nil Block([]))",
            "for i := 0; i < n; i++ {} => For(Assign([Ident(\"i\")] := [BasicLit(INT \"0\")]) Binary(Ident(\"i\") < Ident(\"n\")) IncDec(Ident(\"i\") ++) Block([]))",
            "for x < 3 {} => For(nil Binary(Ident(\"x\") < BasicLit(INT \"3\")) nil Block([]))",
            "for range ch {} => Range(nil nil ILLEGAL Ident(\"ch\") Block([]))",
            "for k, v := range m {} => Range(Ident(\"k\") Ident(\"v\") := Ident(\"m\") Block([]))",
            "for k = range m {} => Range(Ident(\"k\") nil = Ident(\"m\") Block([]))",
            "if v, ok := m[k]; ok {} else if x {} else {} => If(Assign([Ident(\"v\") Ident(\"ok\")] := [Index(Ident(\"m\") Ident(\"k\"))]) Ident(\"ok\") Block([]) If(nil Ident(\"x\") Block([]) Block([])))",
            "switch {case a, b: f(); fallthrough; default:} => Switch(nil nil [CaseClause([Ident(\"a\") Ident(\"b\")] [ExprStmt(Call(Ident(\"f\") [] false)) Branch(fallthrough nil)]) CaseClause([] [])])",
            "switch x := f(); x {} => Switch(Assign([Ident(\"x\")] := [Call(Ident(\"f\") [] false)]) Ident(\"x\") [])",
            "switch v := x.(type) {case int:} => TypeSwitch(nil Assign([Ident(\"v\")] := [TypeAssert(Ident(\"x\") nil)]) [CaseClause([Ident(\"int\")] [])])",
            "switch x.(type) {case nil:} => TypeSwitch(nil ExprStmt(TypeAssert(Ident(\"x\") nil)) [CaseClause([Ident(\"nil\")] [])])",
            "select {case ch <- 1: case v, ok := <-ch: case <-ch: default:} => Select([CommClause(Send(Ident(\"ch\") BasicLit(INT \"1\")) []) CommClause(Assign([Ident(\"v\") Ident(\"ok\")] := [Unary(<- Ident(\"ch\"))]) []) CommClause(ExprStmt(Unary(<- Ident(\"ch\"))) []) CommClause(nil [])])",
            "L: for { break L; continue L; goto L } => Labeled(Ident(\"L\") For(nil nil nil Block([Branch(break Ident(\"L\")) Branch(continue Ident(\"L\")) Branch(goto Ident(\"L\"))])))",
            "{ L: } => Block([Labeled(Ident(\"L\") EmptyStmt())])",
            "go f(x) => Go(Call(Ident(\"f\") [Ident(\"x\")] false))",
            "defer func() {}() => Defer(Call(FuncLit(FuncType([] [] []) Block([])) [] false))",
            "return 1, x => Return([BasicLit(INT \"1\") Ident(\"x\")])",
            "x, y = y, x => Assign([Ident(\"x\") Ident(\"y\")] = [Ident(\"y\") Ident(\"x\")])",
            "x <<= 2 => Assign([Ident(\"x\")] <<= [BasicLit(INT \"2\")])",
            "ch <- v => Send(Ident(\"ch\") Ident(\"v\"))",
            "var a, b int = 1, 2 => DeclStmt(GenDecl(var false [ValueSpec([Ident(\"a\") Ident(\"b\")] Ident(\"int\") [BasicLit(INT \"1\") BasicLit(INT \"2\")])]))"})
    void statements(String src, String want) {
        assertEquals(want, stmt(src));
    }

    // ---- declarations

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "func (p *T) M(a, b int, c ...string) (n int, err error) {} => FuncDecl(Field([Ident(\"p\")] Star(Ident(\"T\")) nil) Ident(\"M\") FuncType([] [Field([Ident(\"a\") Ident(\"b\")] Ident(\"int\") nil) Field([Ident(\"c\")] Ellipsis(Ident(\"string\")) nil)] [Field([Ident(\"n\")] Ident(\"int\") nil) Field([Ident(\"err\")] Ident(\"error\") nil)]) Block([]))",
            "func (T) M(int, string) bool => FuncDecl(Field([] Ident(\"T\") nil) Ident(\"M\") FuncType([] [Field([] Ident(\"int\") nil) Field([] Ident(\"string\") nil)] [Field([] Ident(\"bool\") nil)]) nil)",
            "type T struct { a, b int `json:\"a\"`; *p.E; F } => GenDecl(type false [TypeSpec(Ident(\"T\") [] false StructType([Field([Ident(\"a\") Ident(\"b\")] Ident(\"int\") BasicLit(STRING \"`json:\\\"a\\\"`\")) Field([] Star(Selector(Ident(\"p\") Ident(\"E\"))) nil) Field([] Ident(\"F\") nil)]))])",
            "type I interface { io.Reader; M(x int) error } => GenDecl(type false [TypeSpec(Ident(\"I\") [] false InterfaceType([Field([] Selector(Ident(\"io\") Ident(\"Reader\")) nil) Field([Ident(\"M\")] FuncType([] [Field([Ident(\"x\")] Ident(\"int\") nil)] [Field([] Ident(\"error\") nil)]) nil)]))])",
            "type A = map[string][]int => GenDecl(type false [TypeSpec(Ident(\"A\") [] true MapType(Ident(\"string\") ArrayType(nil Ident(\"int\"))))])",
            "type N [4]chan<- func(int) int => GenDecl(type false [TypeSpec(Ident(\"N\") [] false ArrayType(BasicLit(INT \"4\") ChanType(SEND FuncType([] [Field([] Ident(\"int\") nil)] [Field([] Ident(\"int\") nil)]))))])",
            "var x = 1 => GenDecl(var false [ValueSpec([Ident(\"x\")] nil [BasicLit(INT \"1\")])])"})
    void declarations(String src, String want) {
        assertEquals(want, decl(src));
    }

    @Test
    void constGroupRecordsEachSpecsIndexForIota() {
        GenDecl d = (GenDecl) file("package p\nconst (\n\tA = iota\n\tB\n\t_\n\tC, D = iota, 2\n)\nconst E = iota\n")
                .decls().getFirst();
        assertEquals(List.of(0, 1, 2, 3), d.specs().stream().map(s -> ((ValueSpec) s).index()).toList());
        assertEquals(List.of(), ((ValueSpec) d.specs().get(1)).values());
        assertEquals(true, d.lparen());
    }

    @Test
    void importSpecsAreListedInFileImportsToo() {
        File f = file("package main\nimport \"fmt\"\nimport (\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"os\"\n)\n");
        assertEquals("[ImportSpec(nil BasicLit(STRING \"\\\"fmt\\\"\")) ImportSpec(Ident(\"str\") BasicLit(STRING \"\\\"strings\\\"\"))"
                + " ImportSpec(Ident(\".\") BasicLit(STRING \"\\\"math\\\"\")) ImportSpec(Ident(\"_\") BasicLit(STRING \"\\\"os\\\"\"))]",
                "[" + String.join(" ", f.imports().stream().map(TreeDump::shape).toList()) + "]");
        assertEquals(2, f.decls().size());
        assertEquals("main", f.pkgName().name());
    }

    @Test
    void positionsPrintAsGoPrintsThem() {
        File f = file("package main\n\nfunc main() {\n\tx := 1\n}\n");
        Block body = ((FuncDecl) f.decls().getFirst()).body();
        Assign a = assertInstanceOf(Assign.class, body.stmts().getFirst());
        assertEquals("./prog.go:4:2", f.source().position(a.pos()));
        assertEquals("./prog.go:4:4", f.source().position(a.tokPos()));
        assertEquals("./prog.go:5:1", f.source().position(body.rbrace()));
    }

    @Test
    void typeSwitchGuardOutsideSwitchIsRejected() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> file("package p\nfunc f(y any) {\n\t_ = y.(type)\n}\n"));
        assertEquals("./prog.go:3:6: invalid AST: use of .(type) outside type switch", e.getMessage());
    }

    // ---- generics: each tree is go/parser's (the offsets too, checked by hand with astdump.go)

    /**
     * Type parameter lists, constraints ({@code ~T}, unions, interfaces with type terms),
     * generic receivers and instantiated types; {@code type P [X *Y]int} is an array type
     * and {@code type R[P *int] struct{}} too, as Go reads them, while {@code [X *Y, Y any]}
     * and {@code [P *C,]} are type parameters.
     */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "func Map[K comparable, V any](m map[K]V) []V { return nil } => FuncDecl(nil Ident(\"Map\") FuncType([Field([Ident(\"K\")] Ident(\"comparable\") nil) Field([Ident(\"V\")] Ident(\"any\") nil)] [Field([Ident(\"m\")] MapType(Ident(\"K\") Ident(\"V\")) nil)] [Field([] ArrayType(nil Ident(\"V\")) nil)]) Block([Return([Ident(\"nil\")])]))",
            "type List[T any] struct { next *List[T]; val T } => GenDecl(type false [TypeSpec(Ident(\"List\") [Field([Ident(\"T\")] Ident(\"any\") nil)] false StructType([Field([Ident(\"next\")] Star(Index(Ident(\"List\") Ident(\"T\"))) nil) Field([Ident(\"val\")] Ident(\"T\") nil)]))])",
            "type Pair[K comparable, V any] struct { k K; v V } => GenDecl(type false [TypeSpec(Ident(\"Pair\") [Field([Ident(\"K\")] Ident(\"comparable\") nil) Field([Ident(\"V\")] Ident(\"any\") nil)] false StructType([Field([Ident(\"k\")] Ident(\"K\") nil) Field([Ident(\"v\")] Ident(\"V\") nil)]))])",
            "type A [N]int => GenDecl(type false [TypeSpec(Ident(\"A\") [] false ArrayType(Ident(\"N\") Ident(\"int\")))])",
            "type P [X *Y]int => GenDecl(type false [TypeSpec(Ident(\"P\") [] false ArrayType(Binary(Ident(\"X\") * Ident(\"Y\")) Ident(\"int\")))])",
            "type P[X *Y, Y any] struct{} => GenDecl(type false [TypeSpec(Ident(\"P\") [Field([Ident(\"X\")] Star(Ident(\"Y\")) nil) Field([Ident(\"Y\")] Ident(\"any\") nil)] false StructType([]))])",
            "type C[T ~int | ~string] int => GenDecl(type false [TypeSpec(Ident(\"C\") [Field([Ident(\"T\")] Binary(Unary(~ Ident(\"int\")) | Unary(~ Ident(\"string\"))) nil)] false Ident(\"int\"))])",
            "type T[P interface{ ~int }] int => GenDecl(type false [TypeSpec(Ident(\"T\") [Field([Ident(\"P\")] InterfaceType([Field([] Unary(~ Ident(\"int\")) nil)]) nil)] false Ident(\"int\"))])",
            "func (l *List[T]) Push(v T) {} => FuncDecl(Field([Ident(\"l\")] Star(Index(Ident(\"List\") Ident(\"T\"))) nil) Ident(\"Push\") FuncType([] [Field([Ident(\"v\")] Ident(\"T\") nil)] []) Block([]))",
            "func (p Pair[K, V]) Key() K { return p.k } => FuncDecl(Field([Ident(\"p\")] IndexList(Ident(\"Pair\") [Ident(\"K\") Ident(\"V\")]) nil) Ident(\"Key\") FuncType([] [] [Field([] Ident(\"K\") nil)]) Block([Return([Selector(Ident(\"p\") Ident(\"k\"))])]))",
            "type Number interface { ~int | ~int64 | float64 } => GenDecl(type false [TypeSpec(Ident(\"Number\") [] false InterfaceType([Field([] Binary(Binary(Unary(~ Ident(\"int\")) | Unary(~ Ident(\"int64\"))) | Ident(\"float64\")) nil)]))])",
            "type Stringish interface { ~string; String() string } => GenDecl(type false [TypeSpec(Ident(\"Stringish\") [] false InterfaceType([Field([] Unary(~ Ident(\"string\")) nil) Field([Ident(\"String\")] FuncType([] [] [Field([] Ident(\"string\") nil)]) nil)]))])",
            "type E interface { fmt.Stringer; comparable } => GenDecl(type false [TypeSpec(Ident(\"E\") [] false InterfaceType([Field([] Selector(Ident(\"fmt\") Ident(\"Stringer\")) nil) Field([] Ident(\"comparable\") nil)]))])",
            "type F[T any] func(T) T => GenDecl(type false [TypeSpec(Ident(\"F\") [Field([Ident(\"T\")] Ident(\"any\") nil)] false FuncType([] [Field([] Ident(\"T\") nil)] [Field([] Ident(\"T\") nil)]))])",
            "type S struct { List[int]; x [N]int; *p.Q[T, U] } => GenDecl(type false [TypeSpec(Ident(\"S\") [] false StructType([Field([] Index(Ident(\"List\") Ident(\"int\")) nil) Field([Ident(\"x\")] ArrayType(Ident(\"N\") Ident(\"int\")) nil) Field([] Star(IndexList(Selector(Ident(\"p\") Ident(\"Q\")) [Ident(\"T\") Ident(\"U\")])) nil)]))])",
            "type G[T any] interface { M() T; I[T] } => GenDecl(type false [TypeSpec(Ident(\"G\") [Field([Ident(\"T\")] Ident(\"any\") nil)] false InterfaceType([Field([Ident(\"M\")] FuncType([] [] [Field([] Ident(\"T\") nil)]) nil) Field([] Index(Ident(\"I\") Ident(\"T\")) nil)]))])",
            "func f[P *Q, Q any]() {} => FuncDecl(nil Ident(\"f\") FuncType([Field([Ident(\"P\")] Star(Ident(\"Q\")) nil) Field([Ident(\"Q\")] Ident(\"any\") nil)] [] []) Block([]))",
            "func g[S ~[]E, E any](s S) {} => FuncDecl(nil Ident(\"g\") FuncType([Field([Ident(\"S\")] Unary(~ ArrayType(nil Ident(\"E\"))) nil) Field([Ident(\"E\")] Ident(\"any\") nil)] [Field([Ident(\"s\")] Ident(\"S\") nil)] []) Block([]))",
            "type R[P *int] struct{} => GenDecl(type false [TypeSpec(Ident(\"R\") [] false ArrayType(Binary(Ident(\"P\") * Ident(\"int\")) StructType([])))])",
            "type T[P *C,] struct{} => GenDecl(type false [TypeSpec(Ident(\"T\") [Field([Ident(\"P\")] Star(Ident(\"C\")) nil)] false StructType([]))])",
            "func h[T any, U fmt.Stringer | int](List[T], ...U) {} => FuncDecl(nil Ident(\"h\") FuncType([Field([Ident(\"T\")] Ident(\"any\") nil) Field([Ident(\"U\")] Binary(Selector(Ident(\"fmt\") Ident(\"Stringer\")) | Ident(\"int\")) nil)] [Field([] Index(Ident(\"List\") Ident(\"T\")) nil) Field([] Ellipsis(Ident(\"U\")) nil)] []) Block([]))",
            "type L[T any] []T => GenDecl(type false [TypeSpec(Ident(\"L\") [Field([Ident(\"T\")] Ident(\"any\") nil)] false ArrayType(nil Ident(\"T\")))])",
            "type T[P *C | ~int] int => GenDecl(type false [TypeSpec(Ident(\"T\") [Field([Ident(\"P\")] Binary(Star(Ident(\"C\")) | Unary(~ Ident(\"int\"))) nil)] false Ident(\"int\"))])"})
    void genericDeclarations(String src, String want) {
        assertEquals(want, decl(src));
    }

    /** Instantiations: one type argument is an Index, several an IndexList, as in go/ast. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '$', value = {
            "_ = f[int] => Assign([Ident(\"_\")] = [Index(Ident(\"f\") Ident(\"int\"))])",
            "_ = Map[string, int](m) => Assign([Ident(\"_\")] = [Call(IndexList(Ident(\"Map\") [Ident(\"string\") Ident(\"int\")]) [Ident(\"m\")] false)])",
            "_ = List[int]{} => Assign([Ident(\"_\")] = [CompositeLit(Index(Ident(\"List\") Ident(\"int\")) [])])",
            "var x Pair[string, int] => DeclStmt(GenDecl(var false [ValueSpec([Ident(\"x\")] IndexList(Ident(\"Pair\") [Ident(\"string\") Ident(\"int\")]) [])]))",
            "x := &List[int]{1, 2} => Assign([Ident(\"x\")] := [Unary(& CompositeLit(Index(Ident(\"List\") Ident(\"int\")) [BasicLit(INT \"1\") BasicLit(INT \"2\")]))])",
            "_ = p.Map[int, string] => Assign([Ident(\"_\")] = [IndexList(Selector(Ident(\"p\") Ident(\"Map\")) [Ident(\"int\") Ident(\"string\")])])",
            "var g func(List[int]) Pair[int, string] => DeclStmt(GenDecl(var false [ValueSpec([Ident(\"g\")] FuncType([] [Field([] Index(Ident(\"List\") Ident(\"int\")) nil)] [Field([] IndexList(Ident(\"Pair\") [Ident(\"int\") Ident(\"string\")]) nil)]) [])]))"})
    void instantiations(String src, String want) {
        assertEquals(want, stmt(src));
    }

    @Test
    void tildeOutsideAConstraintIsRejected() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> file("package p\nfunc f(x int) {\n\t_ = ~x\n}\n"));
        assertEquals("./prog.go:3:6: cannot use ~ outside of interface or type constraint", e.getMessage());
    }
}
