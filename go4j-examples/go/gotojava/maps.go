// maps: a map value refers to the map; a nil map reads as empty and panics on write.
package main

import "fmt"

func add(m map[string]int, k string) {
	m[k]++
}

func main() {
	m := map[string]int{}
	add(m, "go")
	add(m, "go")
	fmt.Println("the callee's writes are visible:", m["go"])

	v, ok := m["java"]
	fmt.Println("missing key:", v, ok)

	var nilMap map[string]int
	fmt.Println("reading a nil map:", nilMap["x"], len(nilMap))
	defer func() { fmt.Println("writing a nil map panics:", recover()) }()
	nilMap["x"] = 1
}
