// Package main exercises os's files, directories, errors and environment in a temporary
// directory it makes and removes; it prints no temporary name (DIR stands for it) and no time.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
)

var dir string

// clean is err's text with the temporary directory's name as DIR.
func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

type logFile struct {
	*os.File
}

func files() {
	name := dir + "/a.txt"
	fmt.Println(os.WriteFile(name, []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v %d\n", data, err, cap(data))

	_, err = os.Open(dir + "/nope")
	fmt.Println(clean(err))
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "err:", pe.Err, pe.Path == dir+"/nope")
	}
	fmt.Printf("%T %T\n", err, pe.Err)

	f, err := os.Create(dir + "/b.txt")
	fmt.Println(err, f.Name() == dir+"/b.txt")
	n, err := f.WriteString("0123456789")
	fmt.Println(n, err)
	off, err := f.Seek(2, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.WriteAt([]byte("AB"), 0)
	fmt.Println(n, err)
	off, err = f.Seek(-3, io.SeekEnd)
	fmt.Println(off, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), err)
	fmt.Println(time.Since(fi.ModTime()) < time.Hour, f.Sync())
	fmt.Println(f.Close())
	fmt.Println(clean(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println(clean(err), errors.Is(err, os.ErrClosed))
	_, err = f.Read(buf)
	fmt.Println(clean(err))
	data, _ = os.ReadFile(dir + "/b.txt")
	fmt.Println(string(data))

	ro, _ := os.Open(dir + "/b.txt")
	_, err = ro.Write([]byte("x"))
	fmt.Println(clean(err))
	_, err = ro.Seek(0, 7)
	fmt.Println(clean(err))
	_, err = ro.Seek(-1, io.SeekStart)
	fmt.Println(clean(err))
	_, err = ro.ReadAt(buf, -1)
	fmt.Println(clean(err))
	all, err := io.ReadAll(ro)
	fmt.Printf("%q %v\n", all, err)
	ro.Close()
	wo, _ := os.OpenFile(dir+"/b.txt", os.O_WRONLY, 0)
	_, err = wo.Read(buf)
	fmt.Println(clean(err))
	fmt.Println(wo.Truncate(4))
	wo.Close()
	fmt.Println(os.Truncate(dir+"/b.txt", 6))
	data, _ = os.ReadFile(dir + "/b.txt")
	fmt.Printf("%q\n", data)

	fa, _ := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fa.WriteString("more\n")
	_, err = fa.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	fa.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(clean(err), os.IsExist(err))
	c, err := os.OpenFile(dir+"/created", os.O_RDONLY|os.O_CREATE, 0640)
	fmt.Println(err)
	st, _ := c.Stat()
	fmt.Println(st.Name(), st.Mode(), st.Size())
	c.Close()

	lf := &logFile{}
	lf.File, _ = os.Create(dir + "/log")
	fmt.Fprintf(lf, "via embedded %d\n", 1)
	lf.WriteString("two\n")
	lf.Close()
	data, _ = os.ReadFile(dir + "/log")
	fmt.Print(string(data))
	n64, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n64, err)
}

func dirs() {
	fmt.Println(os.Mkdir(dir+"/sub", 0755))
	err := os.Mkdir(dir+"/sub", 0755)
	fmt.Println(clean(err), os.IsExist(err), errors.Is(err, os.ErrExist))
	fmt.Println(os.MkdirAll(dir+"/sub/x/y/z", 0750), os.MkdirAll(dir+"/sub/x", 0750))
	st, _ := os.Stat(dir + "/sub")
	fmt.Println(st.Name(), st.IsDir(), st.Mode(), st.Mode().Perm(), st.Mode()&os.ModeDir != 0, st.Mode().IsRegular())
	fmt.Println(clean(os.Remove(dir + "/sub")))
	fmt.Println(clean(os.Remove(dir + "/sub/none")))
	_, err = os.ReadFile(dir)
	fmt.Println(clean(err))
	fmt.Println(clean(os.MkdirAll(dir+"/a.txt/q", 0755)))
	_, err = os.ReadDir(dir + "/a.txt")
	fmt.Println(clean(err))

	for _, e := range mustReadDir(dir) {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode(), info.Name())
	}
	d, _ := os.Open(dir + "/sub/x")
	es, err := d.ReadDir(5)
	fmt.Println(len(es), es[0].Name(), err)
	es, err = d.ReadDir(5)
	fmt.Println(len(es), err)
	d.Close()
	_, err = d.ReadDir(-1)
	fmt.Println(clean(err))

	fmt.Println(os.Rename(dir+"/a.txt", dir+"/c.txt"))
	err = os.Rename(dir+"/a.txt", dir+"/d.txt")
	fmt.Println(clean(err), os.IsNotExist(err))
	fmt.Printf("%T\n", err)
	fmt.Println(clean(os.Rename(dir+"/c.txt", dir+"/sub")))

	fmt.Println(os.Symlink("c.txt", dir+"/link"))
	lst, _ := os.Lstat(dir + "/link")
	fmt.Println(lst.Name(), lst.Mode()&os.ModeSymlink != 0, lst.Mode().Type() == fs.ModeSymlink, lst.Mode().IsRegular())
	sst, _ := os.Stat(dir + "/link")
	cst, _ := os.Stat(dir + "/c.txt")
	fmt.Println(sst.Name(), sst.Mode(), sst.Size(), os.SameFile(sst, cst), os.SameFile(lst, cst))
	tgt, err := os.Readlink(dir + "/link")
	fmt.Println(tgt, err)
	_, err = os.Readlink(dir + "/c.txt")
	fmt.Println(clean(err))
	var le *os.LinkError
	fmt.Println(errors.As(os.Symlink("c.txt", dir+"/link"), &le), le.Op, le.Old, errors.Is(le, os.ErrExist))

	_, err = os.Stat("")
	fmt.Println(clean(err))
	_, err = os.Lstat(dir + "/none")
	fmt.Println(clean(err))
	_, err = os.Open(dir + "/c.txt/")
	fmt.Println(clean(err))
	fmt.Println(os.RemoveAll(dir+"/nothing"), clean(os.RemoveAll(".")))
	_, err = os.CreateTemp(dir, "a/b*")
	fmt.Println(clean(err))
	_, err = os.MkdirTemp(dir+"/none", "x*")
	fmt.Println(clean(err))
	tf, err := os.CreateTemp(dir, "tmp*.txt")
	fmt.Println(strings.HasPrefix(tf.Name(), dir+"/tmp"), strings.HasSuffix(tf.Name(), ".txt"), err)
	tst, _ := tf.Stat()
	fmt.Println(tst.Mode())
	tf.Close()
	td, err := os.MkdirTemp(dir, "sub")
	dst, _ := os.Stat(td)
	fmt.Println(strings.HasPrefix(td, dir+"/sub"), dst.Mode(), err)

	fmt.Println(os.RemoveAll(dir + "/sub"))
	_, err = os.Stat(dir + "/sub")
	fmt.Println(os.IsNotExist(err))

	wd, _ := os.Getwd()
	fmt.Println(os.Chdir(dir))
	wd2, _ := os.Getwd()
	fmt.Println(wd != wd2)
	data, err := os.ReadFile("c.txt")
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(os.WriteFile("rel.txt", []byte("relative"), 0600))
	data, _ = os.ReadFile(dir + "/rel.txt")
	fmt.Println(string(data))
	fmt.Println(clean(os.Chdir("nope")))
	fmt.Println(clean(os.Chdir("c.txt")))
	fmt.Println(os.Chdir(wd))
}

func mustReadDir(name string) []os.DirEntry {
	es, err := os.ReadDir(name)
	if err != nil {
		panic(err)
	}
	return es
}

func errorsAndModes() {
	err := fmt.Errorf("wrapped: %w", os.Remove(dir+"/gone"))
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.IsNotExist(os.ErrNotExist), os.IsExist(os.ErrExist), os.IsPermission(os.ErrPermission), os.IsNotExist(nil))
	pe := &os.PathError{Op: "custom", Path: "p", Err: os.ErrInvalid}
	fmt.Println(pe, errors.Is(pe, os.ErrInvalid), errors.Unwrap(pe) == os.ErrInvalid)
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrClosed, "|", os.ErrInvalid)
	fmt.Println(os.NewSyscallError("open", os.ErrInvalid), os.NewSyscallError("x", nil) == nil)

	fmt.Println(fs.FileMode(0644), os.FileMode(0755)|os.ModeDir, os.ModeSymlink|os.ModeSetuid|0777)
	var m os.FileMode = 0600
	fmt.Printf("%v %o %d %s %T\n", m, m, m, m, m)
	fmt.Println(os.ModeDir, os.ModeType, os.ModePerm)
	fmt.Println(os.ModeNamedPipe | os.ModeCharDevice | os.ModeDevice | os.ModeSocket | os.ModeSticky | os.ModeSetgid | os.ModeAppend | os.ModeExclusive | os.ModeTemporary | os.ModeIrregular)
	fmt.Println(m.IsDir(), m.Perm(), (m | os.ModeDir).Type(), fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"))
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.DevNull, os.IsPathSeparator('/'))
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC)
}

func env() {
	fmt.Println(os.Setenv("GO4J_OS_TEST", "v=1"), os.Getenv("GO4J_OS_TEST"))
	v, ok := os.LookupEnv("GO4J_OS_TEST")
	fmt.Println(v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "GO4J_OS_TEST=v=1" {
			found = true
		}
	}
	fmt.Println(found, os.ExpandEnv("[$GO4J_OS_TEST] [${GO4J_OS_TEST}] [$GO4J_OS_NONE] $"))
	fmt.Println(os.Unsetenv("GO4J_OS_TEST"))
	v, ok = os.LookupEnv("GO4J_OS_TEST")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	fmt.Println(os.Expand("$x-${y}-${}-$1-${z", strings.ToUpper))
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	home, _ := os.UserHomeDir()
	fmt.Println(home == os.Getenv("HOME"), os.TempDir() != "", os.Getpid() > 0)
	write := os.Stdout.WriteString
	write("method value\n")
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "go4j-os-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()))
	files()
	dirs()
	errorsAndModes()
	env()
}
