// Package strings is go4j's stub of Go's strings: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.strings.Pkg;
// Builder, Reader and Replacer are the Java classes go4j.std.strings.Builder,
// go4j.std.strings.Reader and go4j.std.strings.Replacer (see docs/compiler.md, "Standard
// packages").
package strings

import "io"

func Compare(a, b string) int
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func Cut(s, sep string) (before, after string, found bool)
func EqualFold(s, t string) bool
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexFunc(s string, f func(rune) bool) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func Map(mapping func(rune) rune, s string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func SplitN(s, sep string, n int) []string
func Title(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToUpper(s string) string
func Trim(s, cutset string) string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeft(s, cutset string) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimPrefix(s, prefix string) string
func TrimRight(s, cutset string) string
func TrimRightFunc(s string, f func(rune) bool) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string

// A Builder builds a string with its Write methods; its zero value is empty and ready.
//
//go4j:class
type Builder struct {
	_ [0]int
}

func (b *Builder) Cap() int
func (b *Builder) Grow(n int)
func (b *Builder) Len() int
func (b *Builder) Reset()
func (b *Builder) String() string
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)

// A Replacer replaces a list of old strings with new ones; see NewReplacer.
//
//go4j:class
type Replacer struct {
	_ [0]int
}

// NewReplacer returns a Replacer of the old, new pairs in oldnew, tried in argument order
// at each position. It panics for an odd count.
func NewReplacer(oldnew ...string) *Replacer

func (r *Replacer) Replace(s string) string

// A Reader implements io.Reader, io.ReaderAt, io.ByteScanner, io.RuneScanner, io.Seeker
// and io.WriterTo by reading from a string. The zero value is a Reader of "".
//
//go4j:class
type Reader struct {
	_ [0]int
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader

func (r *Reader) Len() int
func (r *Reader) Size() int64
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) UnreadByte() error
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) UnreadRune() error
func (r *Reader) Seek(offset int64, whence int) (int64, error)
func (r *Reader) WriteTo(w io.Writer) (n int64, err error)
func (r *Reader) Reset(s string)
