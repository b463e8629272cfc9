// Contexts written in Go as parents of the package's, writers written in Go for fmt, and
// os.Stdout, os.Stderr and os.Args.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"
)

// traced embeds a context and overrides Value: a Go context that delegates to one of ours.
type traced struct {
	context.Context
	id string
}

func (t traced) Value(key any) any {
	if key == "trace" {
		return t.id
	}
	return t.Context.Value(key)
}

// manual is a context written from scratch: canceled when its channel is closed.
type manual struct {
	done chan struct{}
	err  error
}

func (m *manual) Deadline() (time.Time, bool) { return time.Time{}, false }
func (m *manual) Done() <-chan struct{}       { return m.done }
func (m *manual) Err() error {
	select {
	case <-m.done:
		return m.err
	default:
		return nil
	}
}
func (m *manual) Value(key any) any { return nil }
func (m *manual) String() string    { return "manual" }

// upper writes what it is given in upper case.
type upper struct {
	sb strings.Builder
}

func (u *upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	tr := traced{context.WithValue(root, "user", "gopher"), "t-1"}
	child, childCancel := context.WithCancel(tr)
	defer childCancel()
	fmt.Println(child.Value("trace"), child.Value("user"), child.Value("none"))
	cancel()
	<-child.Done()
	fmt.Println("child of traced:", child.Err())

	m := &manual{done: make(chan struct{}), err: fmt.Errorf("manual stop")}
	mc, mcancel := context.WithTimeout(m, time.Hour)
	defer mcancel()
	fmt.Println(mc.Err())
	close(m.done)
	<-mc.Done()
	fmt.Println("child of manual:", mc.Err())
	fmt.Println(context.WithValue(m, "k", "v"))

	var w interface{ Write([]byte) (int, error) } = os.Stdout
	fmt.Fprintln(w, "to stdout through an interface")
	fmt.Fprintf(os.Stdout, "%s %d\n", "printf", 7)
	n, err := fmt.Fprintln(os.Stderr, "to stderr", 1, true)
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("WriteString\n")
	fmt.Println(n, err)
	n, err = os.Stderr.Write([]byte("Write\n"))
	fmt.Println(n, err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name())
	fmt.Printf("%T %T %d %v\n", os.Stderr, os.Args, len(os.Args), os.Args[0] != "")

	u := &upper{}
	fmt.Fprint(u, "hello, ", 42)
	fmt.Fprintf(u, " %v", []string{"a", "b"})
	fmt.Println(u.sb.String())
}
