package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.Usage = func() { fmt.Fprintln(os.Stderr, "custom usage") }
	flag.Bool("b", false, "a bool")
	flag.Parse()
	fmt.Println("unreached")
}
