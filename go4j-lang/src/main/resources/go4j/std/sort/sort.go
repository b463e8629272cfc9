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
