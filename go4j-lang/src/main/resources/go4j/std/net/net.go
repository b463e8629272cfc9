// Package net is go4j's stub of Go's net, the TCP subset: the declarations the checker
// reads. Functions without a body are the static methods of the Java class go4j.std.net.Pkg;
// TCPAddr, TCPListener, TCPConn, OpError and AddrError are the Java classes of those names
// in go4j.std.net, IP is the box of its values (see docs/compiler.md, "Standard packages").
// Connections are java.net sockets used with blocking calls: a goroutine is a virtual
// thread, which the JDK unmounts while it waits, as Go's network poller parks a goroutine.
package net

import "time"

// Addr represents a network end point address.
type Addr interface {
	Network() string // name of the network (for example, "tcp", "udp")
	String() string  // string form of address (for example, "192.0.2.1:25", "[2001:db8::1]:80")
}

// Conn is a generic stream-oriented network connection.
type Conn interface {
	// Read reads data from the connection.
	Read(b []byte) (n int, err error)

	// Write writes data to the connection.
	Write(b []byte) (n int, err error)

	// Close closes the connection; blocked Read or Write operations are unblocked and
	// return errors.
	Close() error

	// LocalAddr returns the local network address, if known.
	LocalAddr() Addr

	// RemoteAddr returns the remote network address, if known.
	RemoteAddr() Addr

	// SetDeadline sets the read and write deadlines associated with the connection.
	SetDeadline(t time.Time) error

	// SetReadDeadline sets the deadline for future Read calls and any currently-blocked
	// Read call. A zero value for t means Read will not time out.
	SetReadDeadline(t time.Time) error

	// SetWriteDeadline sets the deadline for future Write calls (go4j records it; a
	// blocking write is not interrupted).
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	// Accept waits for and returns the next connection to the listener.
	Accept() (Conn, error)

	// Close closes the listener. Any blocked Accept operations will be unblocked and
	// return errors.
	Close() error

	// Addr returns the listener's network address.
	Addr() Addr
}

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool // Is the error a timeout?
	Temporary() bool
}

// ErrClosed is the error returned by an I/O call on a network connection that has already
// been closed, or that is closed by another goroutine before the I/O is completed.
var ErrClosed error

// An IP is a single IP address, a slice of bytes (4 or 16 of them).
type IP []byte

// String returns the string form of the IP address ip: dotted decimal for IPv4, RFC 5952
// form for IPv6, "<nil>" for an empty one.
func (ip IP) String() string

// Equal reports whether ip and x are the same IP address; an IPv4 address and the same
// address in IPv6 form are equal.
func (ip IP) Equal(x IP) bool

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool

// IsUnspecified reports whether ip is an unspecified address, "0.0.0.0" or "::".
func (ip IP) IsUnspecified() bool

// To4 converts the IPv4 address ip to a 4-byte representation; nil if ip is not IPv4.
func (ip IP) To4() IP

// ParseIP parses s as an IP address, returning nil if it is not valid.
func ParseIP(s string) IP

// IPv4 returns the IP address (in 16-byte form) of the IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP

// TCPAddr represents the address of a TCP end point.
//
//go4j:class
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string

// String returns "host:port", "[host]:port" for IPv6.
func (a *TCPAddr) String() string

// ResolveTCPAddr returns an address of TCP end point.
func ResolveTCPAddr(network, address string) (*TCPAddr, error)

// TCPListener is a TCP network listener.
//
//go4j:class
type TCPListener struct {
	_ [0]int
}

func (l *TCPListener) Accept() (Conn, error)
func (l *TCPListener) AcceptTCP() (*TCPConn, error)
func (l *TCPListener) Close() error
func (l *TCPListener) Addr() Addr

// TCPConn is an implementation of the Conn interface for TCP network connections.
//
//go4j:class
type TCPConn struct {
	_ [0]int
}

func (c *TCPConn) Read(b []byte) (int, error)
func (c *TCPConn) Write(b []byte) (int, error)
func (c *TCPConn) Close() error
func (c *TCPConn) CloseRead() error
func (c *TCPConn) CloseWrite() error
func (c *TCPConn) LocalAddr() Addr
func (c *TCPConn) RemoteAddr() Addr
func (c *TCPConn) SetDeadline(t time.Time) error
func (c *TCPConn) SetReadDeadline(t time.Time) error
func (c *TCPConn) SetWriteDeadline(t time.Time) error
func (c *TCPConn) SetNoDelay(noDelay bool) error
func (c *TCPConn) SetKeepAlive(keepalive bool) error

// OpError is the error type usually returned by functions in the net package. It
// describes the operation, network type, and address of an error.
//
//go4j:class
type OpError struct {
	Op     string // "read", "write", "dial", "listen", "accept"
	Net    string // "tcp", ...
	Source Addr   // the local address, if any
	Addr   Addr   // the remote address (the local one for listen and accept)
	Err    error
}

func (e *OpError) Error() string
func (e *OpError) Unwrap() error
func (e *OpError) Timeout() bool
func (e *OpError) Temporary() bool

// AddrError is an error about an address.
//
//go4j:class
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string
func (e *AddrError) Timeout() bool
func (e *AddrError) Temporary() bool

// Listen announces on the local network address: network "tcp", "tcp4" or "tcp6"; an
// address ":8080" listens on all interfaces, port 0 on a port the system chooses.
func Listen(network, address string) (Listener, error)

// ListenTCP acts like Listen for TCP networks.
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error)

// Dial connects to the address on the named network ("tcp", "tcp4", "tcp6").
func Dial(network, address string) (Conn, error)

// DialTimeout acts like Dial but takes a timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error)

// JoinHostPort combines host and port into a network address of the form "host:port",
// "[host]:port" when host contains a colon.
func JoinHostPort(host, port string) string

// SplitHostPort splits a network address of the form "host:port", "host%zone:port",
// "[host]:port" or "[host%zone]:port" into host or host%zone and port.
func SplitHostPort(hostport string) (host, port string, err error)

// LookupPort looks up the port for the given network and service.
func LookupPort(network, service string) (port int, err error)
