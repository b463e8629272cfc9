// filepath.WalkDir (SkipDir), Walk (an error stops it), Glob, ioutil.ReadDir and ReadFile, over
// a tree the program makes in a temporary directory.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b", "a/c", "skip/deep", "z"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{"a/b/x.go", "a/c/y.txt", "skip/deep/s.go", "z/z.go", "top.go"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0o644)
	}
	rel := func(p string) string { r, _ := filepath.Rel(root, p); return r }
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel(p), d.IsDir())
		return nil
	})
	stop := errors.New("stop")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, "y.txt") {
			return stop
		}
		fmt.Println("walk", rel(p), info.Size() > 0 || info.IsDir())
		return nil
	})
	fmt.Println(err == stop)
	m, err := filepath.Glob(filepath.Join(root, "*", "*", "*.go"))
	for _, x := range m {
		fmt.Println("glob", rel(x))
	}
	fmt.Println(err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
	infos, _ := ioutil.ReadDir(root)
	for _, i := range infos {
		fmt.Println("readdir", i.Name(), i.IsDir())
	}
	b, err := ioutil.ReadFile(filepath.Join(root, "top.go"))
	fmt.Println(string(b), err)
	err = filepath.WalkDir(filepath.Join(root, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing:", d == nil, errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println(errors.Is(err, os.ErrNotExist))
}
