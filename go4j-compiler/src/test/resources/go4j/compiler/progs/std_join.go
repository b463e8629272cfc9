// errors.Join and errors.Is/As over a tree of errors (Go 1.20's; Go 1.19 has no Join, so
// std_join.out is what Go 1.20 prints, written by hand from its documentation).
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	a := errors.New("a")
	c := &codeErr{7}
	j := errors.Join(a, nil, fmt.Errorf("wrapped: %w", c))
	fmt.Println(j)
	fmt.Println(errors.Is(j, a), errors.Is(j, fs.ErrNotExist), errors.Unwrap(j) == nil)
	var ce *codeErr
	fmt.Println(errors.As(j, &ce), ce.code)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	m := multi{[]error{errors.New("x"), fs.ErrNotExist}}
	fmt.Println(errors.Is(m, fs.ErrNotExist), errors.Is(fmt.Errorf("w: %w", m), fs.ErrNotExist))
}
