// Test stub of os.
package os

var Args []string

func Exit(code int)
func Getenv(key string) string
