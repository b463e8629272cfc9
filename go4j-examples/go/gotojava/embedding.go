// embedding: the outer struct gets the embedded type's methods, but the embedded type
// knows nothing of the outer one: no virtual dispatch back.
package main

import "fmt"

type Animal struct{}

func (Animal) Sound() string    { return "..." }
func (a Animal) Speak() string { return "says " + a.Sound() }

type Dog struct{ Animal }

func (Dog) Sound() string { return "woof" }

func main() {
	d := Dog{}
	fmt.Println(d.Sound()) // the outer method
	fmt.Println(d.Speak()) // promoted: calls Animal.Sound, not Dog.Sound
}
