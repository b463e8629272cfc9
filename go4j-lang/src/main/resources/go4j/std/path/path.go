// Package path is go4j's stub of Go's path: slash-separated paths, lexically. Functions
// without a body are the static methods of the Java class go4j.std.path.Pkg (see
// docs/compiler.md, "Standard packages").
package path

import "errors"

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

func Base(path string) string
func Clean(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Join(elem ...string) string
func Split(path string) (dir, file string)
func Match(pattern, name string) (matched bool, err error)
