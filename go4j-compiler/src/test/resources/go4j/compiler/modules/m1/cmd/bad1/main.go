package main

import "example.com/m1/nope"

func main() { nope.X() }
