package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64(), rand.Float64(), rand.Float32())
	fmt.Println(rand.Int31n(1000), rand.Int63n(1<<40+3), rand.Intn(1<<40), rand.Int())
	fmt.Println(rand.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Seed(1)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(100))
	rand.Seed(-5)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(100))
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(10), r.Int63(), r.Float64(), r.Perm(5), r.Uint32(), r.Uint64())
	r.Seed(0)
	fmt.Println(r.Intn(1000))
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
