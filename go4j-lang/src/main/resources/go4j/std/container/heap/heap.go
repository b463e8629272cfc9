// Package heap is go4j's stub of Go's container/heap: the declarations the checker reads.
// Functions without a body are the static methods of the Java class
// go4j.std.container.heap.Pkg (see docs/compiler.md, "Standard packages"), which call the
// Interface's methods in Go's order, so a heap's layout is Go's.
package heap

import "sort"

// The Interface type describes the requirements for a type using the routines in this
// package: a min-heap ordered by Less, with Push and Pop at the end of the collection.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

func Init(h Interface)
func Push(h Interface, x any)
func Pop(h Interface) any
func Remove(h Interface, i int) any
func Fix(h Interface, i int)
