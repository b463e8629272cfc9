// Package calc is internal to the module: its init runs before greet's, which imports it.
package calc

import "fmt"

func init() { fmt.Println("calc init") }

func Add(a, b int) int { return a + b }

type Num int

func (n Num) String() string { return fmt.Sprintf("Num(%d)", int(n)) }
