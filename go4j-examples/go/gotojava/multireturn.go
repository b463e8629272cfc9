// multireturn: several results, and the (value, error) and comma-ok idioms.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	n, err := strconv.Atoi("42x")
	fmt.Println(n, err != nil)

	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
}
