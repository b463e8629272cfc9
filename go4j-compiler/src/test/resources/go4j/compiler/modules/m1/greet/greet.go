// Package greet says hello.
package greet

import (
	"fmt"
	"example.com/m1/internal/calc"
)

var Count = calc.Add(1, 2)

type Greeter struct {
	Name  string
	times int
}

func (g *Greeter) Greet() string {
	g.times++
	return fmt.Sprintf("hello, %s (%d)", g.Name, g.times)
}

func New(name string) *Greeter { return &Greeter{Name: name} }

type Shouter interface{ Shout() string }

func init() { fmt.Println("greet init", Count) }
