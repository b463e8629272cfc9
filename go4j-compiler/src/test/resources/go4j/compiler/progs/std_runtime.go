// runtime.Caller and runtime.Stack: the caller's file and line, and a trace in Go's form.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(file[strings.LastIndex(file, "/")+1:], ":", line, " ", ok)
}

func main() {
	fmt.Println(where()) // line 16
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	s := string(buf[:n])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"), strings.Contains(s, "main.main()"))
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok)
}
