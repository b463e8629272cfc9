// Package unicode is go4j's stub of Go's unicode: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.unicode.Pkg
// (see docs/compiler.md, "Standard packages"). The tables are the JDK's, of its own Unicode
// version.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest Unicode code point
	ReplacementChar = '\uFFFD'     // the replacement character
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
