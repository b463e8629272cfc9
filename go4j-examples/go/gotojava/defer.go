// defer: deferred calls run when the function returns, last in first out, with arguments
// evaluated at the defer statement; recover stops a panic in a deferred call.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
		}
	}()
	return a / b, nil
}

func main() {
	order()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
}
