// nilinterface: an interface holding a nil pointer is not a nil interface.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func find(fail bool) error {
	var p *MyErr // nil
	if fail {
		p = &MyErr{}
	}
	return p // an error interface holding (*MyErr)(nil)
}

func main() {
	err := find(false)
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("its dynamic type: %T\n", err)
}
