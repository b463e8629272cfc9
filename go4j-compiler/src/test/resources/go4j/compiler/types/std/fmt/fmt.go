// Test stub of fmt: the declarations the checker tests use.
package fmt

type Stringer interface {
	String() string
}

type State interface {
	Write(b []byte) (n int, err error)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
