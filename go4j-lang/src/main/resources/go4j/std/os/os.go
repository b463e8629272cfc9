// Package os is go4j's stub of Go's os: the standard streams, files and directories, the
// environment and the working directory, the declarations the checker reads. Functions
// without a body are the static methods of the Java class go4j.std.os.Pkg; File, LinkError
// and SyscallError are the Java classes of those names in go4j.std.os; FileMode, FileInfo,
// DirEntry and PathError are io/fs's, as in Go (aliases); the variables are Pkg's static
// fields (see docs/compiler.md, "Standard packages"). Files are the JDK's (java.nio), with
// Go's results and error texts. The JVM cannot change its working directory, so Chdir changes
// go4j's own, against which every relative name is resolved.
package os

import "io/fs"

// Args holds the command-line arguments, starting with the program name: go4j run passes the
// arguments after the Go files (the program name is the first file's, without .go).
var Args []string

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error.
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

// Portable analogs of some common system call errors (io/fs's).
var (
	ErrInvalid    error // "invalid argument"
	ErrPermission error // "permission denied"
	ErrExist      error // "file already exists"
	ErrNotExist   error // "file does not exist"
	ErrClosed     error // "file already closed"
)

// Flags to OpenFile; exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be specified.
const (
	O_RDONLY int = 0x0      // open the file read-only.
	O_WRONLY int = 0x1      // open the file write-only.
	O_RDWR   int = 0x2      // open the file read-write.
	O_APPEND int = 0x400    // append data to the file when writing.
	O_CREATE int = 0x40     // create a new file if none exists.
	O_EXCL   int = 0x80     // used with O_CREATE, file must not exist.
	O_SYNC   int = 0x101000 // open for synchronous I/O.
	O_TRUNC  int = 0x200    // truncate regular writable file when opened.
)

// Seek whence values. Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory (with ReadDir or File.ReadDir).
type DirEntry = fs.DirEntry

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// The defined file mode bits (io/fs's).
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	ModeType = fs.ModeType // Mask for the type bits. For regular files, none will be set.

	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
//
//go4j:class
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error returns "op old new: err".
func (e *LinkError) Error() string

// Unwrap returns Err.
func (e *LinkError) Unwrap() error

// SyscallError records an error from a specific system call.
//
//go4j:class
type SyscallError struct {
	Syscall string
	Err     error
}

// Error returns "syscall: err".
func (e *SyscallError) Error() string

// Unwrap returns Err.
func (e *SyscallError) Unwrap() error

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool

// NewSyscallError returns, as an error, a new SyscallError with the given system call name
// and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error

// File is an open file: a file of the file system (a java.nio FileChannel), a directory, or
// one of the standard streams.
//
//go4j:class
type File struct {
	_ [0]int
}

// Name returns the name of the file as presented to Open (/dev/stdin for Stdin).
func (f *File) Name() string

// Read reads up to len(b) bytes from the File and stores them in b; at end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error)

// ReadAt reads len(b) bytes from the File starting at byte offset off; it returns a non-nil
// error (io.EOF at end of file) when n < len(b).
func (f *File) ReadAt(b []byte, off int64) (n int, err error)

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error)

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error)

// WriteAt writes len(b) bytes to the File starting at byte offset off; an error for a file
// opened with O_APPEND.
func (f *File) WriteAt(b []byte, off int64) (n int, err error)

// Seek sets the offset for the next Read or Write on file to offset, interpreted according
// to whence: 0 means relative to the origin of the file, 1 means relative to the current
// offset, and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error)

// Close closes the File; a second Close returns an error.
func (f *File) Close() error

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error)

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error

// ReadDir reads the contents of the directory associated with the file f and returns a
// slice of DirEntry values (go4j: sorted by name). If n > 0, at most n entries, and io.EOF at
// the end; if n <= 0, all the remaining ones.
func (f *File) ReadDir(n int) ([]DirEntry, error)

// Readdir is ReadDir with a FileInfo (Lstat's) for each entry.
func (f *File) Readdir(n int) ([]FileInfo, error)

// Readdirnames is ReadDir with the names only.
func (f *File) Readdirnames(n int) (names []string, err error)

// Open opens the named file for reading.
func Open(name string) (*File, error)

// Create creates or truncates the named file (mode 0666 before umask), opened for reading
// and writing.
func Create(name string) (*File, error)

// OpenFile is the generalized open call: flag is O_RDONLY etc., perm the mode of a file it
// creates (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error)

// ReadFile reads the named file and returns the contents; a successful call returns
// err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error)

// WriteFile writes data to the named file, creating it with perm (before umask) if
// necessary, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error

// Remove removes the named file or (empty) directory.
func Remove(name string) error

// RemoveAll removes path and any children it contains; nil if path does not exist.
func RemoveAll(path string) error

// Rename renames (moves) oldpath to newpath, replacing a file newpath names.
func Rename(oldpath, newpath string) error

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error

// MkdirAll creates a directory named path, along with any necessary parents; nil if path is
// already a directory.
func MkdirAll(path string, perm FileMode) error

// MkdirTemp creates a new temporary directory in the directory dir (TempDir() if "") with a
// name made of pattern, a random string replacing its last "*" or appended.
func MkdirTemp(dir, pattern string) (string, error)

// CreateTemp creates a new temporary file in the directory dir, named as MkdirTemp names,
// opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error)

// TempDir returns the default directory to use for temporary files: $TMPDIR, else "/tmp".
func TempDir() string

// UserHomeDir returns the current user's home directory, $HOME.
func UserHomeDir() (string, error)

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error)

// Chdir changes the current working directory to the named directory (go4j's own: every
// relative name is resolved against it).
func Chdir(dir string) error

// Stat returns a FileInfo describing the named file, following symbolic links.
func Stat(name string) (FileInfo, error)

// Lstat returns a FileInfo describing the named file; of a symbolic link, the link itself.
func Lstat(name string) (FileInfo, error)

// SameFile reports whether fi1 and fi2 describe the same file (both from Stat or Lstat).
func SameFile(fi1, fi2 FileInfo) bool

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error)

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error)

// IsExist reports whether the error is known to report that a file or directory already
// exists (ErrExist, or a *PathError, *LinkError or *SyscallError holding EEXIST/ENOTEMPTY).
func IsExist(err error) bool

// IsNotExist reports whether the error is known to report that a file or directory does
// not exist.
func IsNotExist(err error) bool

// IsPermission reports whether the error is known to report that permission is denied.
func IsPermission(err error) bool

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool

// Exit ends the program at once with the status code, deferred calls not run; what the
// program printed is flushed first.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key; "" if unset.
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the key and whether it
// is set.
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by the key (go4j's environment:
// the JVM cannot change its own, and the program sees the change).
func Setenv(key, value string) error

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error

// Clearenv deletes all environment variables.
func Clearenv()

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables.
func ExpandEnv(s string) string

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error)

// Executable returns the program's name (go4j: the name os.Args[0] starts with).
func Executable() (string, error)

func Getpid() int
func Getppid() int
func Getuid() int
func Getgid() int
