// Package ring is go4j's stub of Go's container/ring: the declarations the checker reads.
// Ring is the Java class go4j.std.container.ring.Ring, whose methods are instance methods
// and whose field Value is a public field (see docs/compiler.md, "Standard packages").
package ring

// A Ring is an element of a circular list; the zero value is a one-element ring whose
// Value is nil.
//
//go4j:class
type Ring struct {
	Value any // for use by client; untouched by this library
}

// New creates a ring of n elements, nil for n <= 0.
func New(n int) *Ring

func (r *Ring) Next() *Ring
func (r *Ring) Prev() *Ring
func (r *Ring) Move(n int) *Ring
func (r *Ring) Link(s *Ring) *Ring
func (r *Ring) Unlink(n int) *Ring
func (r *Ring) Len() int
func (r *Ring) Do(f func(any))
