//go:build windows || (plan9 && !go1.1)

package plat

const C = "other"
