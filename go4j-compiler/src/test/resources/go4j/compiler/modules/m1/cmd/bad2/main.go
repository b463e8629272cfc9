package main

import "github.com/x/y"

func main() { y.X() }
