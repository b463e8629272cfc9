// Package filepath is go4j's stub of Go's path/filepath for a Unix system (Separator '/'): the
// declarations the checker reads. Functions without a body are the static methods of the Java
// class go4j.std.path.filepath.Pkg (see docs/compiler.md, "Standard packages").
package filepath

import "errors"

const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

func Abs(path string) (string, error)
func Base(path string) string
func Clean(path string) string
func Dir(path string) string
func Ext(path string) string
func FromSlash(path string) string
func IsAbs(path string) bool
func Join(elem ...string) string
func Match(pattern, name string) (matched bool, err error)
func Rel(basepath, targpath string) (string, error)
func Split(path string) (dir, file string)
func SplitList(path string) []string
func ToSlash(path string) string
func VolumeName(path string) string
