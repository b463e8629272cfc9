package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u32 uint32 = 1 << 31
	u32 *= 2
	var u64 uint64 = 1<<64 - 1
	fmt.Println(i8, u8, u32, u64, u64/3, u64>>60)
	x := -7
	fmt.Println(x/2, x%2, x>>1, x<<3, -x)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	f := 1.5
	var f32 float32 = 0.1
	fmt.Println(f*2, f32, float64(f32) == 0.1, int(f*3.3))
	s := 0
	for k := 1; k <= 10; k++ {
		if k%2 == 0 {
			continue
		}
		s += k
	}
	fmt.Println("sum", s, 1<<10, ^0, 7&^5)
	const big = 1 << 100
	fmt.Println(big >> 98)
}
