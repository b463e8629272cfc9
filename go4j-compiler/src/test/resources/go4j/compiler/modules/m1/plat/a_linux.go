// Package plat has files for some platforms only: a linux/amd64 build takes a_linux.go,
// c.go and d.go, as go/build decides.
package plat

const A = "linux"
