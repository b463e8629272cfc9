// Package sort is go4j's stub of Go's sort: the declarations the checker reads. Functions
// without a body are the static methods of the Java class go4j.std.sort.Pkg (see
// docs/compiler.md, "Standard packages"). Every sort here is stable, so Sort and Slice give
// Go's order whenever Go's does not depend on its algorithm (no ties, or 12 elements or
// fewer, which Go sorts by insertion).
package sort

// An Interface is a collection that Sort can sort by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool

func Float64s(x []float64)
func Ints(x []int)
func Strings(x []string)
func Float64sAreSorted(x []float64) bool
func IntsAreSorted(x []int) bool
func StringsAreSorted(x []string) bool

func Search(n int, f func(int) bool) int
func SearchFloat64s(a []float64, x float64) int
func SearchInts(a []int, x int) int
func SearchStrings(a []string, x string) int

// Reverse returns data sorted the other way round: its Less(i, j) is data's Less(j, i).
func Reverse(data Interface) Interface

// IntSlice attaches Interface's methods to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)
func (x IntSlice) Sort()

// StringSlice attaches Interface's methods to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)
func (x StringSlice) Sort()

// Float64Slice attaches Interface's methods to []float64, in increasing order (NaNs first).
type Float64Slice []float64

func (x Float64Slice) Len() int
func (x Float64Slice) Less(i, j int) bool
func (x Float64Slice) Swap(i, j int)
func (x Float64Slice) Sort()
