// interfaces: satisfied implicitly; type assertions and type switches.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v)
	case Shape:
		return fmt.Sprint("shape of area ", v.Area())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var s Shape = Square{2}
	if sq, ok := s.(Square); ok {
		fmt.Println("a square of side", sq.Side)
	}
	_, ok := s.(Circle)
	fmt.Println("is it a circle?", ok)
	fmt.Println(describe(nil), "|", describe(7), "|", describe(Circle{1}), "|", describe("x"))
}
