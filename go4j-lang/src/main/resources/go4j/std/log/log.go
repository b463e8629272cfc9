// Package log is go4j's stub of Go's log: the declarations the checker reads. Functions
// without a body are the static methods of the Java class go4j.std.log.Pkg, Logger is the Java
// class go4j.std.log.Logger (see docs/compiler.md, "Standard packages"). The standard logger
// writes on standard error, each line headed as its flags say (Go's 2009/11/10 23:00:00 by
// default, in local time).
package log

import "io"

// The flags of a Logger's header, as in Go.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number
	LUTC                          // UTC rather than the local time zone
	Lmsgprefix                    // the prefix before the message rather than at the line's start
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger writes lines, each with a header, to an io.Writer; safe for concurrent use.
//
//go4j:class
type Logger struct {
	_ [0]int
}

// New creates a Logger writing on out (an io.Writer).
func New(out io.Writer, prefix string, flag int) *Logger

func (l *Logger) Output(calldepth int, s string) error
func (l *Logger) Print(v ...any)
func (l *Logger) Printf(format string, v ...any)
func (l *Logger) Println(v ...any)
func (l *Logger) Fatal(v ...any)
func (l *Logger) Fatalf(format string, v ...any)
func (l *Logger) Fatalln(v ...any)
func (l *Logger) Panic(v ...any)
func (l *Logger) Panicf(format string, v ...any)
func (l *Logger) Panicln(v ...any)
func (l *Logger) Flags() int
func (l *Logger) SetFlags(flag int)
func (l *Logger) Prefix() string
func (l *Logger) SetPrefix(prefix string)
func (l *Logger) SetOutput(w io.Writer)
func (l *Logger) Writer() io.Writer

// Default returns the standard logger.
func Default() *Logger

func Output(calldepth int, s string) error
func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)
func Flags() int
func SetFlags(flag int)
func Prefix() string
func SetPrefix(prefix string)
func SetOutput(w io.Writer)
func Writer() io.Writer
