// Package ioutil is go4j's stub of Go's io/ioutil (deprecated in Go 1.16 for io and os, whose
// functions these are). Functions without a body are the static methods of the Java class
// go4j.std.io.ioutil.Pkg (see docs/compiler.md, "Standard packages").
package ioutil

import (
	"io"
	"io/fs"
	"os"
)

// Discard is io.Discard.
var Discard io.Writer

func NopCloser(r io.Reader) io.ReadCloser
func ReadAll(r io.Reader) ([]byte, error)
func ReadDir(dirname string) ([]fs.FileInfo, error)
func ReadFile(filename string) ([]byte, error)
func TempDir(dir, pattern string) (name string, err error)
func TempFile(dir, pattern string) (f *os.File, err error)
func WriteFile(filename string, data []byte, perm fs.FileMode) error
