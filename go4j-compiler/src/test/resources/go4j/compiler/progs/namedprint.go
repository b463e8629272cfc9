package main

import (
	"fmt"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type P struct {
	T Celsius
	D time.Duration
}

func main() {
	fmt.Println([]Celsius{1, 2.5})
	fmt.Println([]time.Duration{time.Millisecond, 2 * time.Second})
	fmt.Println(map[string]Celsius{"a": 3})
	fmt.Println([]Code{1, 2}, [2]Celsius{4, 5})
	fmt.Printf("%v %d\n", []Celsius{7}, []Code{3})
	fmt.Println(P{1, time.Second})
}
