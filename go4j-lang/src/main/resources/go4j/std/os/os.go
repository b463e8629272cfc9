// Package os is go4j's stub of Go's os, the part that needs no files of its own: the
// declarations the checker reads. Functions without a body are the static methods of the
// Java class go4j.std.os.Pkg, File is the Java class go4j.std.os.File and the variables are
// Pkg's static fields (see docs/compiler.md, "Standard packages").
package os

// Args holds the command-line arguments, starting with the program name: go4j run passes the
// arguments after the Go files (the program name is the first file's, without .go).
var Args []string

// Stdout and Stderr are the process's standard output and standard error.
var (
	Stdout *File
	Stderr *File
)

// File is an open file; go4j has the two standard streams only.
type File struct {
	_ [0]int
}

// Name returns the name of the file: /dev/stdout, /dev/stderr.
func (f *File) Name() string

// Write writes len(b) bytes and returns the number of bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error)

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error)

// Exit ends the program at once with the status code, deferred calls not run; what the
// program printed is flushed first.
func Exit(code int)

func Getenv(key string) string
func Getpid() int
func LookupEnv(key string) (string, bool)
