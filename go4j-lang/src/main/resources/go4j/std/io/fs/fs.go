// Package fs is go4j's stub of Go's io/fs, the part package os needs: FileMode, FileInfo,
// DirEntry, PathError and the errors os returns (os declares them as aliases of these).
// Functions without a body are the static methods of the Java class go4j.std.io.fs.Pkg,
// FileMode is the box class go4j.std.io.fs.FileMode (its methods static, the receiver
// first), PathError the Java class go4j.std.io.fs.PathError, and the variables Pkg's static
// fields (see docs/compiler.md, "Standard packages").
package fs

import "time"

// Generic file system errors, which errors.Is finds in the errors os returns.
var (
	ErrInvalid    error // "invalid argument"
	ErrPermission error // "permission denied"
	ErrExist      error // "file already exists"
	ErrNotExist   error // "file does not exist"
	ErrClosed     error // "file already closed"
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (go4j: nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name returns the name of the file (or subdirectory) described by the entry: the
	// final element of the path, not the entire path.
	Name() string

	// IsDir reports whether the entry describes a directory.
	IsDir() bool

	// Type returns the type bits for the entry, a subset of the usual FileMode bits.
	Type() FileMode

	// Info returns the FileInfo for the file or subdirectory described by the entry.
	Info() (FileInfo, error)
}

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode; the nine least
// significant bits are the standard Unix rwxrwxrwx permissions.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// String returns the mode as ls prints it, "-rw-r--r--", "drwxr-xr-x".
func (m FileMode) String() string

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode

// PathError records an error and the operation and file path that caused it.
//
//go4j:class
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error returns "op path: err".
func (e *PathError) Error() string

// Unwrap returns Err.
func (e *PathError) Unwrap() error

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool

// ValidPath reports whether the given path name is valid for use in a call to Open: a
// slash-separated, unrooted path with no empty, "." or ".." elements ("." alone is valid).
func ValidPath(name string) bool

// SkipDir, returned by a WalkDirFunc, skips the directory named in the call.
var SkipDir error // "skip this directory"

// WalkDirFunc is the type of the function called by filepath.WalkDir for each file or
// directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// FileInfoToDirEntry returns a DirEntry that returns information from info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry
