// +build linux,amd64 darwin

package plat

const D = "d"
