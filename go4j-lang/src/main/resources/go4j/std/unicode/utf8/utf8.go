// Package utf8 is go4j's stub of Go's unicode/utf8: the declarations the checker reads.
// Functions without a body are the static methods of the Java class
// go4j.std.unicode.utf8.Pkg (see docs/compiler.md, "Standard packages").
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune, Unicode's replacement character
	RuneSelf  = 0x80         // runes below it are single bytes
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the most bytes of a UTF-8 encoded rune
)

func AppendRune(p []byte, r rune) []byte
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func RuneStart(b byte) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
