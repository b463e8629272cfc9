package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }

type Named struct {
	Counter
	tag string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case Shape:
		return "shape " + v.Name()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.n, p.n, c)
	nm := Named{Counter{"x", 0}, "t"}
	nm.Inc()
	fmt.Println(nm.n, nm.name, nm)
	var t Celsius = 21.5
	fmt.Println(t)
	fmt.Println(describe(nil), describe(41), describe("s"), describe(Rect{}), describe(1.5))
	var sh Shape
	fmt.Println(sh == nil)
	r, ok := shapes[0].(Rect)
	_, ok2 := shapes[1].(Rect)
	fmt.Println(r, ok, ok2)
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Printf("%v %+v %T\n", c, c, c)
}
