// path/filepath on Unix: Rel (with its error), Abs, the lexical functions, SplitList, Match.
package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range [][2]string{{"/a/b", "/a/c/d"}, {"/a/b", "/a/b"}, {"a/b", "a/b/c"}, {"/a", "b"}, {"../a", "b"}, {".", "x/y"}, {"a/b/c", "a"}} {
		r, err := filepath.Rel(p[0], p[1])
		fmt.Printf("%q %v\n", r, err)
	}
	abs, err := filepath.Abs("x/../y")
	fmt.Println(strings.HasSuffix(abs, "/y"), filepath.IsAbs(abs), err)
	fmt.Println(filepath.Join("a", "b", "../c"), filepath.Base("/x/y.go"), filepath.Ext("y.tar.gz"), filepath.Dir("/x/y"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), len(filepath.SplitList("")), string(filepath.Separator), filepath.VolumeName("/x"))
	m, err := filepath.Match("*.go", "main.go")
	fmt.Println(m, err)
	_, err = filepath.Match("[", "x")
	fmt.Println(err == filepath.ErrBadPattern)
}
