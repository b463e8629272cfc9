// Package list is go4j's stub of Go's container/list: the declarations the checker reads.
// Element and List are the Java classes of those names in go4j.std.container.list, whose
// methods are instance methods and whose field Value is a public field (see
// docs/compiler.md, "Standard packages").
package list

// Element is an element of a linked list.
//
//go4j:class
type Element struct {
	// The value stored with this element.
	Value any
}

func (e *Element) Next() *Element
func (e *Element) Prev() *Element

// List represents a doubly linked list; the zero value is an empty list ready to use.
//
//go4j:class
type List struct {
	_ [0]int
}

// New returns an initialized list.
func New() *List

func (l *List) Init() *List
func (l *List) Len() int
func (l *List) Front() *Element
func (l *List) Back() *Element
func (l *List) Remove(e *Element) any
func (l *List) PushFront(v any) *Element
func (l *List) PushBack(v any) *Element
func (l *List) InsertBefore(v any, mark *Element) *Element
func (l *List) InsertAfter(v any, mark *Element) *Element
func (l *List) MoveToFront(e *Element)
func (l *List) MoveToBack(e *Element)
func (l *List) MoveBefore(e, mark *Element)
func (l *List) MoveAfter(e, mark *Element)
func (l *List) PushBackList(other *List)
func (l *List) PushFrontList(other *List)
