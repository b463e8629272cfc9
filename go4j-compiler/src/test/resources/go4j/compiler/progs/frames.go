// Function names in runtime.Stack as Go writes them: a pointer receiver's method
// main.(*T).M, a value receiver's main.T.M, a generic type's instance main.(*List[...]).M,
// called directly, through an interface and as a method value; function literals
// main.f.func1, nested main.f.func1.1, in a method main.(*T).M.func1, in a package
// variable's initialiser main.glob..func1; init functions main.init.0, main.init.1. The compiler's
// wrappers (interface bridges, go and defer thunks) do not show, as Go's do not.
package main

import (
	"fmt"
	"strings"
	"runtime"
)

// frames lists the functions of the calling goroutine's stack, innermost first, but itself.
func frames() string {
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, false)
	var out []string
	for _, l := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(l, "main.") && !strings.HasPrefix(l, "main.frames(") {
			out = append(out, l[:strings.LastIndex(l, "(")])
		}
	}
	return strings.Join(out, " ")
}

type T struct{ n int }

//go:noinline
func (t *T) Ptr() string { return frames() }

//go:noinline
func (t T) Val() string { return frames() }

//go:noinline
func (t *T) Closure() string {
	f := func() string { return frames() }
	return f()
}

type N int

//go:noinline
func (n N) Val() string { return frames() }

//go:noinline
func (n *N) Ptr() string { return frames() }

type List[E any] struct{ xs []E }

//go:noinline
func (l *List[E]) Push(e E) string { l.xs = append(l.xs, e); return l.top() }

//go:noinline
func (l List[E]) top() string { return frames() }

type Framer interface{ Ptr() string }

//go:noinline
func Map[E any](xs []E, f func(E) string) string { return f(xs[0]) }

//go:noinline
func nested() string {
	f := func() string {
		g := func() string { return frames() }
		return g()
	}
	return f()
}

var fromVar = func() string { return frames() }()

var fromInit string

func init() {
	fromInit = frames()
}

func init() {
	f := func() string { return frames() }
	fromInit += " | " + f()
}

func main() {
	fmt.Println(fromVar)
	fmt.Println(fromInit)
	t := &T{}
	fmt.Println(t.Ptr())
	fmt.Println(t.Val())
	fmt.Println(t.Closure())
	var i Framer = t
	fmt.Println(i.Ptr())
	n := N(1)
	fmt.Println(n.Val())
	fmt.Println(n.Ptr())
	i = &n
	fmt.Println(i.Ptr())
	m := t.Ptr
	fmt.Println(m())
	fmt.Println((&List[int]{}).Push(1))
	fmt.Println((&List[string]{}).Push("a"))
	fmt.Println(Map([]int{1}, func(int) string { return frames() }))
	fmt.Println(nested())
	done := make(chan string)
	go func() { done <- frames() }()
	fmt.Println(<-done)
}
