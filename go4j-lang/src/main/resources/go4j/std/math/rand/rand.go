// Package rand is go4j's stub of Go's math/rand: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.math.rand.Pkg,
// Rand is the Java class go4j.std.math.rand.Rand (see docs/compiler.md, "Standard packages").
// The generator is Go 1.19's, number for number: the top-level functions draw from a source
// seeded with 1 unless Seed is called, as in Go 1.19.
package rand

// A Source is a source of uniformly distributed pseudo-random int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new pseudo-random Source seeded with the given value; it is not safe
// for concurrent use by several goroutines.
func NewSource(seed int64) Source

// New returns a new Rand that uses random values from src.
func New(src Source) *Rand

// A Rand is a source of random numbers.
//
//go4j:class
type Rand struct {
	_ [0]int
}

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
