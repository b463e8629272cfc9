// bytes: Count, the Index/LastIndex family, Trim* returning subslices that share s's array,
// Cut, Replace, Runes.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("  hello, world, hello  ")
	fmt.Println(bytes.Count(s, []byte("hello")), bytes.Count(s, nil), bytes.ContainsAny(s, "xyz,"), bytes.ContainsRune(s, 'w'))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexAny(s, "wr"), bytes.IndexRune(s, 'o'), bytes.LastIndex(s, []byte("hello")), bytes.LastIndexAny(s, "h"), bytes.LastIndexByte(s, 'l'))
	t := bytes.Trim(s, " ")
	fmt.Printf("%q %q %q\n", t, bytes.TrimLeft(s, " h"), bytes.TrimRight(s, " o"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(t, []byte("hello")), bytes.TrimSuffix(t, []byte("hello")))
	b, a, ok := bytes.Cut(t, []byte(", "))
	fmt.Printf("%q %q %v\n", b, a, ok)
	fmt.Printf("%q %q\n", bytes.Replace(t, []byte("l"), []byte("L"), 2), bytes.ReplaceAll(t, []byte("hello"), []byte("bye")))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.TrimLeft([]byte("   "), " ") == nil)
	t[0] = 'H'
	fmt.Printf("%q\n", s)
}
