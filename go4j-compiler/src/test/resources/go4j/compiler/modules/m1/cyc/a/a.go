package a

import "example.com/m1/cyc/b"

var A = b.B
