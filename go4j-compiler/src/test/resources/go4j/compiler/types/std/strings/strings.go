// Test stub of strings.
package strings

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int

func Contains(s, substr string) bool
func Index(s, substr string) int
func Repeat(s string, count int) string
func Split(s, sep string) []string
func Join(elems []string, sep string) string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func ToUpper(s string) string
func ToLower(s string) string
func EqualFold(s, t string) bool
func TrimSpace(s string) string
func Fields(s string) []string
func Replace(s, old, new string, n int) string
