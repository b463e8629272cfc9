// Package runtime is go4j's stub of Go's runtime, the part programs call: the declarations
// the checker reads. Functions without a body are the static methods of the Java class
// go4j.std.runtime.Pkg (see docs/compiler.md, "Standard packages"), on go4j's scheduler.
package runtime

// GC runs a garbage collection: go4j leaves that to the JVM, so it does nothing.
func GC()

func GOMAXPROCS(n int) int
func Goexit()
func Gosched()
func NumCPU() int
func NumGoroutine() int
