package main

import (
	"flag"
	"fmt"
	"time"
)

var n = flag.Int("n", 100, "number of `iterations`")
var name = flag.String("name", "go", "the name")
var v = flag.Bool("v", false, "verbose")
var d = flag.Duration("d", time.Second, "a duration")
var f = flag.Float64("f", 0, "a float")

func main() {
	var x int
	flag.IntVar(&x, "x", 7, "x value")
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, *f, x, flag.Parsed(), flag.NFlag(), flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(5) == "")
	flag.PrintDefaults()
}
