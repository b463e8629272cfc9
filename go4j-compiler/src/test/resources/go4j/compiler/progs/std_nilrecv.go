// Methods of standard struct types on nil pointers, as Go's allow them: (*ring.Ring).Len and
// Do, (*bytes.Buffer).String, directly and promoted through an embedded field.
package main

import (
	"bytes"
	"container/ring"
	"fmt"
)

type wrap struct{ *bytes.Buffer }

func main() {
	var r *ring.Ring
	fmt.Println(r.Len())
	r.Do(func(any) { fmt.Println("never") })
	var b *bytes.Buffer
	fmt.Println(b.String())
	w := wrap{}
	fmt.Println(w.String())
	r2 := ring.New(3)
	fmt.Println(r2.Len())
	b2 := bytes.NewBufferString("hi")
	fmt.Println(b2.String())
}
