package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

type Getter[T any] interface{ Get() T }

// Named embeds an instance: Box[string]'s methods are promoted.
type Named struct {
	Box[string]
	id int
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Num[T any] int

func (n Num[T]) Twice() Num[T] { return n * 2 }

type Vec[T any] []T

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func kind(x any) string {
	switch v := x.(type) {
	case Pair[string, int]:
		return "Pair[string,int] " + v.Key
	case Pair[int, string]:
		return "Pair[int,string] " + v.Val
	case *Box[int]:
		return fmt.Sprint("*Box[int] ", v.Get())
	case Getter[string]:
		return "Getter[string] " + v.Get()
	case fmt.Stringer:
		return "Stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Try[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func Produce[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for x := range ch {
		out = append(out, x)
	}
	return out
}

func main() {
	p := Pair[string, int]{"a", 1}
	q := Pair[int, string]{2, "b"}
	fmt.Printf("%T %T\n", p, &q)
	fmt.Printf("%v %+v %s\n", p, q, p)
	fmt.Println(p == Pair[string, int]{"a", 1}, p == Pair[string, int]{"a", 2})

	b := &Box[int]{}
	b.Set(42)
	var g Getter[int] = b
	fmt.Println(g.Get(), Box[float64]{1.5}.Get())
	fmt.Printf("%T %v\n", g, g)

	n := Named{id: 7}
	n.Set("embedded")
	var gs Getter[string] = n
	fmt.Println(n.Get(), gs.Get(), n.id)

	for _, x := range []any{p, q, b, n, Box[string]{"s"}, Num[bool](3), 1.5} {
		fmt.Println(kind(x))
	}

	fmt.Println(Some(3).OrElse(0), None[string]().OrElse("default"))
	fmt.Printf("%T %v\n", Some("x"), Some("x"))
	fmt.Printf("%T %v %T\n", Num[string](21).Twice(), Num[string](21).Twice(), Vec[int]{})
	fmt.Println(Vec[int]{1, 2, 3}.Map(func(x int) int { return x * x }))

	m := map[Pair[string, int]]bool{p: true}
	fmt.Println(m[Pair[string, int]{"a", 1}], len(m))

	var t *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = t.Insert(v)
	}
	var walked []int
	t.Walk(func(v int) { walked = append(walked, v) })
	fmt.Println(walked)
	var ts *Tree[string]
	ts = ts.Insert("m").Insert("c").Insert("x")
	ts.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	get := b.Get
	set := (*Box[int]).Set
	set(b, 9)
	fmt.Println(get(), b.Get())

	fmt.Println(Must(fmt.Sprint("ok"), nil))
	v, err := Try(func() int { return Must(0, errors.New("boom")) })
	fmt.Println(v, err)
	fmt.Println(Collect(Produce("x", "y", "z")), Collect(Produce(Pair[int, bool]{1, true})))

	// types declared in functions, as type arguments: Go's linker numbers them (main.point·1)
	type point struct{ x, y int }
	type label string
	fmt.Printf("%T %T %v\n", Box[point]{}, Pair[label, *point]{}, Some(point{1, 2}))
}
