// Package flag is go4j's stub of Go's flag, the command-line flags of the program (no
// FlagSet): the declarations the checker reads. Functions without a body are the static
// methods of the Java class go4j.std.flag.Pkg, Usage its static field (see docs/compiler.md,
// "Standard packages"). Parse reads os.Args[1:] with Go's syntax and messages; a bad flag
// prints the error and the usage on standard error and exits 2, -h and -help exit 0.
package flag

import "time"

// Usage prints a usage message documenting all defined flags to standard error; a program
// may replace it. Parse calls it on an error.
var Usage func()

func Bool(name string, value bool, usage string) *bool
func BoolVar(p *bool, name string, value bool, usage string)
func Int(name string, value int, usage string) *int
func IntVar(p *int, name string, value int, usage string)
func String(name string, value string, usage string) *string
func StringVar(p *string, name string, value string, usage string)
func Float64(name string, value float64, usage string) *float64
func Float64Var(p *float64, name string, value float64, usage string)
func Duration(name string, value time.Duration, usage string) *time.Duration
func DurationVar(p *time.Duration, name string, value time.Duration, usage string)

func Parse()
func Parsed() bool
func Args() []string
func NArg() int
func Arg(i int) string
func NFlag() int
func PrintDefaults()
