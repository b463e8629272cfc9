package main

import (
	"fmt"

	"example.com/m1/plat"
)

func main() { fmt.Println(plat.A, plat.C, plat.D) }
