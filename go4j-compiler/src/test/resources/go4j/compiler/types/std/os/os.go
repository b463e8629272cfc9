// Test stub of os.
package os

var Args []string

func Exit(code int)
func Getenv(key string) string

type File struct {
	fd int
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)
