package main

import "example.com/m1/bad"

func main() { bad.F() }
