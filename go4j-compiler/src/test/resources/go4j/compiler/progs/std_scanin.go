// fmt.Scan over standard input: integers until the first that is not one, then its error.
package main

import "fmt"

func main() {
	sum := 0
	for {
		var v int
		n, err := fmt.Scan(&v)
		if n == 0 {
			fmt.Println("end:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
}
