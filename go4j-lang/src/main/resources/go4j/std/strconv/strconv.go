// Package strconv is go4j's stub of Go's strconv: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.strconv.Pkg;
// NumError is the Java class go4j.std.strconv.NumError, and the variables are Pkg's static
// fields (see docs/compiler.md, "Standard packages").
package strconv

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange and ErrSyntax are the reasons a NumError gives: a value out of the type's range,
// and text that is no number of the syntax asked for.
var (
	ErrRange  error
	ErrSyntax error
)

func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func Atoi(s string) (int, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteToASCII(s string) string
func Unquote(s string) (string, error)

// A NumError records a failed conversion.
//
//go4j:class
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error
