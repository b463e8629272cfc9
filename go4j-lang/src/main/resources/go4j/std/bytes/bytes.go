// Package bytes is go4j's stub of Go's bytes, a subset: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.bytes.Pkg,
// Buffer is the Java class go4j.std.bytes.Buffer (see docs/compiler.md, "Standard packages").
package bytes

import "io"

// A Buffer is a variable-sized buffer of bytes; the zero value is an empty buffer ready to
// use. A *Buffer is an io.Reader, an io.Writer and a fmt.Stringer.
//
//go4j:class
type Buffer struct {
	_ [0]int
}

// NewBuffer creates a Buffer whose contents are buf.
func NewBuffer(buf []byte) *Buffer

// NewBufferString creates a Buffer whose contents are s.
func NewBufferString(s string) *Buffer

func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) String() string
func (b *Buffer) Bytes() []byte
func (b *Buffer) Len() int
func (b *Buffer) Reset()
func (b *Buffer) Truncate(n int)
func (b *Buffer) Read(p []byte) (n int, err error)
func (b *Buffer) ReadByte() (byte, error)
func (b *Buffer) ReadString(delim byte) (line string, err error)
func (b *Buffer) Next(n int) []byte
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error)
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error)

func Equal(a, b []byte) bool
func Compare(a, b []byte) int
func Contains(b, subslice []byte) bool
func Index(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Split(s, sep []byte) [][]byte
func Join(s [][]byte, sep []byte) []byte
func ToUpper(s []byte) []byte
func ToLower(s []byte) []byte
func TrimSpace(s []byte) []byte
func Repeat(b []byte, count int) []byte
func Fields(s []byte) [][]byte

func Count(s, sep []byte) int
func ContainsAny(b []byte, chars string) bool
func ContainsRune(b []byte, r rune) bool
func EqualFold(s, t []byte) bool
func IndexAny(s []byte, chars string) int
func IndexRune(s []byte, r rune) int
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int
func TrimPrefix(s, prefix []byte) []byte
func TrimSuffix(s, suffix []byte) []byte
func Trim(s []byte, cutset string) []byte
func TrimLeft(s []byte, cutset string) []byte
func TrimRight(s []byte, cutset string) []byte
func Cut(s, sep []byte) (before, after []byte, found bool)
func Replace(s, old, new []byte, n int) []byte
func ReplaceAll(s, old, new []byte) []byte
func Runes(s []byte) []rune
