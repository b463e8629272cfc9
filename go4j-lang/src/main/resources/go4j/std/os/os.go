// Package os is go4j's stub of Go's os, the part that needs no files: the declarations the
// checker reads. Functions without a body are the static methods of the Java class
// go4j.std.os.Pkg, File the Java class go4j.std.os.File, and the variables its public static
// fields (see docs/compiler.md, "Standard packages"). Args is missing: go4j run passes a
// program no arguments yet.
package os

// Exit ends the program at once with the status code, deferred calls not run; what the
// program printed is flushed first.
func Exit(code int)

func Getenv(key string) string
func Getpid() int
func LookupEnv(key string) (string, bool)

// A File is an open file; go4j has only the standard output and error yet.
//
//go4j:class
type File struct {
	_ [0]int
}

// Stdout and Stderr are the standard output and error.
var (
	Stdout *File
	Stderr *File
)

func (f *File) Name() string
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
