package main

import "fmt"

func a() interface{} {
	type T struct{ x int }
	return T{1}
}

func b() interface{} {
	type T struct{ y string }
	return T{"s"}
}

func main() {
	fmt.Println(a(), b())
	fmt.Printf("%T %T\n", a(), b())
}
