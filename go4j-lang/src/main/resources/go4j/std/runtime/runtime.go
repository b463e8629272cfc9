// Package runtime is go4j's stub of Go's runtime, the part programs call: the declarations
// the checker reads. Functions without a body are the static methods of the Java class
// go4j.std.runtime.Pkg (see docs/compiler.md, "Standard packages"), on go4j's scheduler.
package runtime

// GC runs a garbage collection: a full one of the JVM's, which it asks for (System.gc).
func GC()

// Caller reports the file and line of a function on the calling goroutine's stack (skip 0:
// the caller of Caller); pc is a stand-in, not an address.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// GOROOT returns $GOROOT, or else the root of an installed Go toolchain go4j finds
// (/usr/lib/go-1.19, ...), or "" when there is none: go4j's own packages are not a Go tree.
func GOROOT() string

// Stack formats the calling goroutine's trace into buf (and with all, the other goroutines').
func Stack(buf []byte, all bool) int

func GOMAXPROCS(n int) int
func Goexit()
func Gosched()
func NumCPU() int
func NumGoroutine() int

// GOOS, GOARCH and Compiler: what Go's own test programs ask about the platform; go4j
// answers as the gc toolchain on linux/amd64 does.
const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

// KeepAlive keeps x reachable up to the call: on the JVM a reference held to here does.
func KeepAlive(x any)

// SetFinalizer is accepted and ignored: the JVM's collector runs no Go finalizers.
func SetFinalizer(obj any, finalizer any)

// Breakpoint is a no-op (Go traps into a debugger).
func Breakpoint()

// Error is the interface of the run-time errors (index out of range, nil dereference, ...).
type Error interface {
	error
	RuntimeError()
}

// MemStats: the JVM's heap figures where Go's have a counterpart, zero elsewhere.
//
//go4j:class
type MemStats struct {
	Alloc       uint64
	TotalAlloc  uint64
	Sys         uint64
	Mallocs     uint64
	Frees       uint64
	HeapAlloc   uint64
	HeapSys     uint64
	HeapIdle    uint64
	HeapInuse   uint64
	HeapObjects uint64
	NumGC       uint32
}

// ReadMemStats fills m from the JVM's memory beans.
func ReadMemStats(m *MemStats)

// MemProfileRate is read and written by programs; go4j has no memory profiler to give it to.
var MemProfileRate int = 512 * 1024
