//go:build (linux || darwin) && !386 && go1.18

package plat

const C = "c"
