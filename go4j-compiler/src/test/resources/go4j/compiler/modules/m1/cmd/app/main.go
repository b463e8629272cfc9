// A main package of the module test: it imports two of the module's packages, implements one
// package's interface, and prints their types and values.
package main

import (
	"fmt"
	"example.com/m1/greet"
	"example.com/m1/internal/calc"
)

type loud struct{ g *greet.Greeter }

func (l loud) Shout() string { return l.g.Greet() + "!" }

func main() {
	g := greet.New("gopher")
	fmt.Println(g.Greet())
	var s greet.Shouter = loud{g}
	fmt.Println(s.Shout(), greet.Count, calc.Num(7))
	fmt.Printf("%T %v %+v\n", g, calc.Num(3), *g)
}
