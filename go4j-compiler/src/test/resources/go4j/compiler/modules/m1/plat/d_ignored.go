// +build ignore

package plat

const D = "ignored"
