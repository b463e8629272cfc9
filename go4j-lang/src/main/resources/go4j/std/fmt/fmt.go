// Package fmt is go4j's stub of Go's fmt: the declarations the checker reads. Functions
// without a body are the static methods of the Java class go4j.std.fmt.Pkg (see
// docs/compiler.md, "Standard packages"). The Fprint functions write on an io.Writer: any
// value with its Write method, such as *os.File, *strings.Builder or http.ResponseWriter.
package fmt

import "io"

// Stringer is implemented by any value that has a String method, which defines the "native"
// format for that value. In Java it is go4j.lang.Stringer.
type Stringer interface {
	String() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Errorf(format string, a ...any) error

// Scanning: Scan, Scanln and Scanf read os.Stdin; the S forms a string; the F forms an
// io.Reader. Operands are pointers to basic types (or []byte).
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
