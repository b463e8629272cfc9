// Test stub of runtime.
package runtime

type Error interface {
	error
	RuntimeError()
}

func GC()
func Gosched()
func GOMAXPROCS(n int) int
func NumGoroutine() int
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Breakpoint()

type MemStats struct {
	Alloc      uint64
	TotalAlloc uint64
	Mallocs    uint64
	Frees      uint64
	HeapAlloc  uint64
	HeapObjects uint64
	NumGC      uint32
	Sys        uint64
	HeapSys    uint64
	HeapInuse  uint64
	PauseTotalNs uint64
}

func ReadMemStats(m *MemStats)
func SetFinalizer(obj any, finalizer any)
func KeepAlive(x any)

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

var MemProfileRate int = 512 * 1024

type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64
func (r *MemProfileRecord) InUseObjects() int64
func (r *MemProfileRecord) Stack() []uintptr
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

type Frame struct {
	PC       uintptr
	Function string
	File     string
	Line     int
	Entry    uintptr
}

type Frames struct {
	callers []uintptr
}

func (ci *Frames) Next() (frame Frame, more bool)
func CallersFrames(callers []uintptr) *Frames
func Callers(skip int, pc []uintptr) int
func Stack(buf []byte, all bool) int
func Goexit()
func LockOSThread()
func UnlockOSThread()
func NumCPU() int

type Func struct {
	opaque struct{}
}

func FuncForPC(pc uintptr) *Func
func (f *Func) Name() string
func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)
