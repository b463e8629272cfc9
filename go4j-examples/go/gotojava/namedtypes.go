// namedtypes: a named type has its own methods and needs a conversion from its underlying type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var c Celsius = 100
	f := c.ToF()
	fmt.Println(f)
	var x float64 = float64(c) // an explicit conversion; no implicit one
	fmt.Println(x + 1)
}
