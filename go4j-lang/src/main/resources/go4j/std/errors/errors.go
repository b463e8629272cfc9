// Package errors is go4j's stub of Go's errors: the declarations the checker reads. Functions
// without a body are the static methods of the Java class go4j.std.errors.Pkg (see
// docs/compiler.md, "Standard packages").
package errors

// New returns an error (an *errors.errorString) whose Error method returns text.
func New(text string) error

// Unwrap returns the result of err's Unwrap method, or nil if it has none.
func Unwrap(err error) error

// Is reports whether err, or any error in the chain Unwrap walks, is target (==, or an
// Is(error) bool method saying so).
func Is(err, target error) bool

// As finds the first error in err's chain assignable to *target and, if there is one,
// sets *target to it and reports true. For an interface type go4j compares method names
// only: it cannot see signatures at run time.
func As(err error, target any) bool

// Join returns an error that wraps the given errors (Go 1.20's errors.Join), nil if every one
// is nil. Is and As search the joined errors too.
func Join(errs ...error) error
