// A panic in another package's method: its frame is named by the package's import path.
package main

import "example.com/m1/greet"

func main() {
	var g *greet.Greeter
	g.Greet()
}
