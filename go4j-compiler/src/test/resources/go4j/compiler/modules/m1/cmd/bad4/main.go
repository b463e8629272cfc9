package main

import "example.com/m1/cyc/a"

func main() { _ = a.A }
