// variadic: ...T collects arguments into a slice; s... passes a slice itself (no copy).
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func zero(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1, 2), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	zero(s...)
	fmt.Println("the callee wrote to the caller's slice:", s)
}
