// functypes: functions are values of function types; a method value binds its receiver.
package main

import (
	"fmt"
	"strings"
)

type Transform func(string) string

func apply(t Transform, s string) string { return t(s) }

type Greeter struct{ Name string }

func (g Greeter) Greet(who string) string { return g.Name + " greets " + who }

func main() {
	fmt.Println(apply(strings.ToUpper, "go"))
	fmt.Println(apply(func(s string) string { return s + "!" }, "go"))
	greet := Greeter{"Ann"}.Greet // a method value
	fmt.Println(greet("Bob"))
}
