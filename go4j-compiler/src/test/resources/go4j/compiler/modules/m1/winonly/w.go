//go:build windows

package winonly
