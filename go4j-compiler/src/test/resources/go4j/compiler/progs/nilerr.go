package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(ok bool) error {
	var p *MyErr
	if !ok {
		return p // a non-nil error holding a nil pointer
	}
	return nil
}

func main() {
	err := find(false)
	fmt.Println(err != nil, err.Error())
	fmt.Printf("%T\n", err)
	err2 := find(true)
	fmt.Println(err2 == nil)
	if e, ok := err.(*MyErr); ok {
		fmt.Println("is *MyErr", e == nil)
	}
}
