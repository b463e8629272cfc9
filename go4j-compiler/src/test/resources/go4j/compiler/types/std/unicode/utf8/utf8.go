// Test stub of unicode/utf8.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneLen(r rune) int
func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func DecodeRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func ValidString(s string) bool
func ValidRune(r rune) bool
func FullRune(p []byte) bool
