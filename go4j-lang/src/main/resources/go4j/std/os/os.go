// Package os is go4j's stub of Go's os, the part that needs no files: the declarations the
// checker reads. Functions without a body are the static methods of the Java class
// go4j.std.os.Pkg (see docs/compiler.md, "Standard packages"). Args, Stdout and Stderr are
// missing: go4j's stubs have no variables yet.
package os

// Exit ends the program at once with the status code, deferred calls not run; what the
// program printed is flushed first.
func Exit(code int)

func Getenv(key string) string
func Getpid() int
func LookupEnv(key string) (string, bool)
