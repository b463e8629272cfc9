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

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any)

// MemStats records statistics about the memory allocator; go4j fills in what the JVM
// reports (its heap), and leaves the rest zero.
type MemStats struct {
	Alloc        uint64 // bytes of allocated heap objects
	TotalAlloc   uint64 // go4j: the same as Alloc, the JVM does not count freed bytes
	Sys          uint64 // bytes the heap has from the OS
	Mallocs      uint64 // go4j: 0, not counted
	Frees        uint64 // go4j: 0, not counted
	HeapAlloc    uint64 // bytes of allocated heap objects
	HeapSys      uint64 // bytes the heap has from the OS
	HeapIdle     uint64 // bytes of the heap not in use
	HeapInuse    uint64 // bytes of the heap in use
	HeapObjects  uint64 // go4j: 0, not counted
	PauseTotalNs uint64 // total time the collectors ran
	NumGC        uint32 // number of completed collections
}

// ReadMemStats fills m with memory allocator statistics.
func ReadMemStats(m *MemStats)
