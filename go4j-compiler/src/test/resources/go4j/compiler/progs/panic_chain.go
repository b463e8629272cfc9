package main

import "fmt"

func g() {
	defer func() {
		panic("in g's defer")
	}()
	var m map[string]int
	m["a"] = 1
}

func main() {
	defer fmt.Println("main deferred")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var p *int
		_ = *p
	}()
	g()
}
