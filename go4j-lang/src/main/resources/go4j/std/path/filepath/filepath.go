// Package filepath is go4j's stub of Go's path/filepath for a Unix system (Separator '/'): the
// declarations the checker reads. Functions without a body are the static methods of the Java
// class go4j.std.path.filepath.Pkg (see docs/compiler.md, "Standard packages").
package filepath

import (
	"errors"
	"io/fs"
)

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

// SkipDir is fs.SkipDir: returned by a walk function, it skips the directory.
var SkipDir error

// WalkFunc is the type of the function called by Walk for each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

func Walk(root string, fn WalkFunc) error
func WalkDir(root string, fn fs.WalkDirFunc) error
func Glob(pattern string) (matches []string, err error)
