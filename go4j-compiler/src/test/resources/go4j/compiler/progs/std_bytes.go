package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(',')
	b.Write([]byte(" world"))
	b.WriteRune('é')
	fmt.Fprintf(&b, " %d!", 42)
	fmt.Println(b.String(), b.Len())
	fmt.Println(&b)
	b.Truncate(5)
	fmt.Printf("%s %q\n", b.Bytes(), b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	nb := bytes.NewBufferString("abc")
	fmt.Println(nb.String(), bytes.NewBuffer([]byte("xy")).Len())

	s := []byte("a,b,,c")
	parts := bytes.Split(s, []byte(","))
	fmt.Printf("%q %d %d\n", parts, len(parts), cap(parts[0]))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%s\n", bytes.Join(parts, []byte("-")))
	fmt.Println(bytes.Join(nil, []byte("-")) == nil, bytes.Join([][]byte{{}}, nil) == nil)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")), bytes.Compare([]byte{200}, []byte{100}))
	fmt.Println(bytes.Contains(s, []byte(",,")), bytes.Index(s, []byte("c")), bytes.Index(s, []byte("z")), bytes.IndexByte(s, 'b'))
	fmt.Println(bytes.HasPrefix(s, []byte("a,")), bytes.HasSuffix(s, []byte(",c")), bytes.HasSuffix(s, []byte("x")))
	fmt.Printf("%s %s\n", bytes.ToUpper([]byte("Hello, wörld")), bytes.ToLower([]byte("HeLLo ÄÖ")))
	t := bytes.TrimSpace([]byte("  \t hi there \n"))
	fmt.Printf("%q %v\n", t, bytes.TrimSpace([]byte("   ")) == nil)
	fmt.Printf("%s %d\n", bytes.Repeat([]byte("ab"), 3), len(bytes.Repeat([]byte("x"), 0)))
	f := bytes.Fields([]byte("  one two\u00a0three\tfour  "))
	fmt.Printf("%q %d\n", f, cap(f[0]))
	defer func() { fmt.Println(recover()) }()
	bytes.Repeat([]byte("a"), -1)
}
