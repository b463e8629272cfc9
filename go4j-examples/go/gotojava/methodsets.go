// methodsets: a method with a pointer receiver is in *T's method set, not T's.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

type Incrementer interface{ Inc() }

func main() {
	var i Incrementer = &Counter{} // *Counter has Inc; Counter does not
	i.Inc()
	c := Counter{}
	c.Inc() // addressable: Go takes &c for us
	fmt.Println(c.Get(), i.(*Counter).Get())
}
