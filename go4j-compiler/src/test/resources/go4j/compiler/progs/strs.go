package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:2], string(s[0]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(r[1]), string(b[:5]))
	t := "a" + "b"
	t += "c"
	fmt.Println(t, t < "abd", t == "abc", "x" > "abc")
	fmt.Printf("%q %v %d %s|%5s|%-5s|\n", s, 'x', 'x', "go", "ab", "cd")
}
