// Package http is go4j's stub of Go's net/http, a subset: an HTTP/1.1 server and client.
// Functions without a body are the static methods of the Java class go4j.std.net.http.Pkg;
// Request, Response, Server, ServeMux and Client are the Java classes of those names in
// go4j.std.net.http, whose exported fields are public; Header and HandlerFunc are the boxes
// of their values, with Go's methods as static methods, the receiver first (see
// docs/compiler.md, "Standard packages"). The server runs each connection in a goroutine of
// its own and calls handlers written in Go through the Handler interface.
package http

import (
	"context"
	"io"
	"net"
	"net/url"
	"time"
)

// HTTP status codes as registered with IANA.
const (
	StatusContinue           = 100
	StatusSwitchingProtocols = 101
	StatusProcessing         = 102
	StatusEarlyHints         = 103

	StatusOK                   = 200
	StatusCreated              = 201
	StatusAccepted             = 202
	StatusNonAuthoritativeInfo = 203
	StatusNoContent            = 204
	StatusResetContent         = 205
	StatusPartialContent       = 206
	StatusMultiStatus          = 207
	StatusAlreadyReported      = 208
	StatusIMUsed               = 226

	StatusMultipleChoices   = 300
	StatusMovedPermanently  = 301
	StatusFound             = 302
	StatusSeeOther          = 303
	StatusNotModified       = 304
	StatusUseProxy          = 305
	StatusTemporaryRedirect = 307
	StatusPermanentRedirect = 308

	StatusBadRequest                   = 400
	StatusUnauthorized                 = 401
	StatusPaymentRequired              = 402
	StatusForbidden                    = 403
	StatusNotFound                     = 404
	StatusMethodNotAllowed             = 405
	StatusNotAcceptable                = 406
	StatusProxyAuthRequired            = 407
	StatusRequestTimeout               = 408
	StatusConflict                     = 409
	StatusGone                         = 410
	StatusLengthRequired               = 411
	StatusPreconditionFailed           = 412
	StatusRequestEntityTooLarge        = 413
	StatusRequestURITooLong            = 414
	StatusUnsupportedMediaType         = 415
	StatusRequestedRangeNotSatisfiable = 416
	StatusExpectationFailed            = 417
	StatusTeapot                       = 418
	StatusMisdirectedRequest           = 421
	StatusUnprocessableEntity          = 422
	StatusLocked                       = 423
	StatusFailedDependency             = 424
	StatusTooEarly                     = 425
	StatusUpgradeRequired              = 426
	StatusPreconditionRequired         = 428
	StatusTooManyRequests              = 429
	StatusRequestHeaderFieldsTooLarge  = 431
	StatusUnavailableForLegalReasons   = 451

	StatusInternalServerError           = 500
	StatusNotImplemented                = 501
	StatusBadGateway                    = 502
	StatusServiceUnavailable            = 503
	StatusGatewayTimeout                = 504
	StatusHTTPVersionNotSupported       = 505
	StatusVariantAlsoNegotiates         = 506
	StatusInsufficientStorage           = 507
	StatusLoopDetected                  = 508
	StatusNotExtended                   = 510
	StatusNetworkAuthenticationRequired = 511
)

// Common HTTP methods.
const (
	MethodGet     = "GET"
	MethodHead    = "HEAD"
	MethodPost    = "POST"
	MethodPut     = "PUT"
	MethodPatch   = "PATCH"
	MethodDelete  = "DELETE"
	MethodConnect = "CONNECT"
	MethodOptions = "OPTIONS"
	MethodTrace   = "TRACE"
)

// TimeFormat is the time format to use when generating times in HTTP headers.
const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

// DefaultMaxHeaderBytes is the maximum permitted size of the headers in an HTTP request.
const DefaultMaxHeaderBytes = 1 << 20 // 1 MB

// Errors of the server, the client and bodies, with Go's texts.
var (
	ErrServerClosed       error // http: Server closed
	ErrBodyNotAllowed     error // http: request method or response status code does not allow body
	ErrContentLength      error // http: wrote more than the declared Content-Length
	ErrAbortHandler       error // net/http: abort Handler
	ErrBodyReadAfterClose error // http: invalid Read on closed Body
	ErrHandlerTimeout     error // http: Handler timeout
	ErrUseLastResponse    error // net/http: use last response
	ErrNoLocation         error // http: no Location header in response
)

// NoBody is an io.ReadCloser with no bytes: Read always returns EOF and Close nil.
var NoBody io.ReadCloser

// A Header represents the key-value pairs in an HTTP header; keys are in canonical form
// (CanonicalHeaderKey) when set through its methods.
type Header map[string][]string

func (h Header) Add(key, value string)
func (h Header) Set(key, value string)
func (h Header) Get(key string) string
func (h Header) Values(key string) []string
func (h Header) Del(key string)
func (h Header) Clone() Header

// Write writes a header in wire format, keys sorted.
func (h Header) Write(w io.Writer) error

// CanonicalHeaderKey returns the canonical format of the header key s: the first letter
// and any letter following a hyphen in upper case, the rest in lower case. A key with a
// space or invalid header field bytes is returned unchanged.
func CanonicalHeaderKey(s string) string

// A Handler responds to an HTTP request.
type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

// The HandlerFunc type is an adapter to allow the use of ordinary functions as HTTP
// handlers: HandlerFunc(f) is a Handler that calls f.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP calls f(w, r).
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request)

// A ResponseWriter interface is used by an HTTP handler to construct an HTTP response.
type ResponseWriter interface {
	// Header returns the header map that will be sent by WriteHeader.
	Header() Header

	// Write writes the data to the connection as part of an HTTP reply; it calls
	// WriteHeader(http.StatusOK) first if WriteHeader has not yet been called.
	Write([]byte) (int, error)

	// WriteHeader sends an HTTP response header with the provided status code.
	WriteHeader(statusCode int)
}

// The Flusher interface is implemented by ResponseWriters that allow an HTTP handler to
// flush buffered data to the client.
type Flusher interface {
	Flush()
}

// A Request represents an HTTP request received by a server or to be sent by a client.
//
//go4j:class
type Request struct {
	Method           string
	URL              *url.URL
	Proto            string // "HTTP/1.0"
	ProtoMajor       int    // 1
	ProtoMinor       int    // 0
	Header           Header
	Body             io.ReadCloser
	ContentLength    int64
	TransferEncoding []string
	Close            bool
	Host             string
	Form             url.Values
	PostForm         url.Values
	RemoteAddr       string
	RequestURI       string
}

// NewRequest wraps NewRequestWithContext using context.Background.
func NewRequest(method, rawURL string, body io.Reader) (*Request, error)

// NewRequestWithContext returns a new Request given a method, URL, and optional body.
func NewRequestWithContext(ctx context.Context, method, rawURL string, body io.Reader) (*Request, error)

// Context returns the request's context: for an incoming server request, it is canceled
// when the ServeHTTP method returns.
func (r *Request) Context() context.Context

// WithContext returns a shallow copy of r with its context changed to ctx.
func (r *Request) WithContext(ctx context.Context) *Request

// Clone returns a deep copy of r with its context changed to ctx.
func (r *Request) Clone(ctx context.Context) *Request

// ProtoAtLeast reports whether the HTTP protocol used in the request is at least
// major.minor.
func (r *Request) ProtoAtLeast(major, minor int) bool

// UserAgent returns the client's User-Agent, if sent in the request.
func (r *Request) UserAgent() string

// Referer returns the referring URL, if sent in the request.
func (r *Request) Referer() string

// ParseForm populates r.Form and r.PostForm: the URL query, and for POST, PUT and PATCH
// requests the application/x-www-form-urlencoded body.
func (r *Request) ParseForm() error

// FormValue returns the first value for the named component of the query (POST and PUT
// body parameters take precedence over URL query string values).
func (r *Request) FormValue(key string) string

// PostFormValue returns the first value for the named component of the POST, PATCH, or
// PUT request body.
func (r *Request) PostFormValue(key string) string

// BasicAuth returns the username and password provided in the request's Authorization
// header, if the request uses HTTP Basic Authentication.
func (r *Request) BasicAuth() (username, password string, ok bool)

// SetBasicAuth sets the request's Authorization header to use HTTP Basic Authentication.
func (r *Request) SetBasicAuth(username, password string)

// Response represents the response from an HTTP request.
//
//go4j:class
type Response struct {
	Status           string // e.g. "200 OK"
	StatusCode       int    // e.g. 200
	Proto            string // e.g. "HTTP/1.0"
	ProtoMajor       int    // e.g. 1
	ProtoMinor       int    // e.g. 0
	Header           Header
	Body             io.ReadCloser
	ContentLength    int64
	TransferEncoding []string
	Close            bool
	Uncompressed     bool
	Request          *Request
}

// Location returns the URL of the response's "Location" header.
func (r *Response) Location() (*url.URL, error)

// ProtoAtLeast reports whether the HTTP protocol used in the response is at least
// major.minor.
func (r *Response) ProtoAtLeast(major, minor int) bool

// A Server defines parameters for running an HTTP server. The zero value for Server is a
// valid configuration.
//
//go4j:class
type Server struct {
	Addr              string  // TCP address to listen on, ":http" if empty
	Handler           Handler // handler to invoke, http.DefaultServeMux if nil
	ReadTimeout       time.Duration
	ReadHeaderTimeout time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
}

// Serve accepts incoming connections on the Listener l, creating a new service goroutine
// for each. Serve always returns a non-nil error; after Shutdown or Close, ErrServerClosed.
func (srv *Server) Serve(l net.Listener) error

// ListenAndServe listens on the TCP network address srv.Addr and then calls Serve.
func (srv *Server) ListenAndServe() error

// Close immediately closes all active net.Listeners and any connections.
func (srv *Server) Close() error

// Shutdown gracefully shuts down the server: it closes the listeners and the idle
// connections, and waits for the active ones to become idle, or for ctx to end.
func (srv *Server) Shutdown(ctx context.Context) error

// SetKeepAlivesEnabled controls whether HTTP keep-alives are enabled.
func (srv *Server) SetKeepAlivesEnabled(v bool)

// RegisterOnShutdown registers a function to call on Shutdown.
func (srv *Server) RegisterOnShutdown(f func())

// ServeMux is an HTTP request multiplexer: a pattern ending in a slash names a rooted
// subtree, the longest pattern wins, and a pattern starting with a host name matches only
// that host.
//
//go4j:class
type ServeMux struct {
	_ [0]int
}

// NewServeMux allocates and returns a new ServeMux.
func NewServeMux() *ServeMux

func (mux *ServeMux) Handle(pattern string, handler Handler)
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request))
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string)
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request)

// DefaultServeMux is the default ServeMux used by Serve.
var DefaultServeMux *ServeMux

// A Client is an HTTP client; its zero value (DefaultClient) is usable.
//
//go4j:class
type Client struct {
	CheckRedirect func(req *Request, via []*Request) error
	Timeout       time.Duration
}

// DefaultClient is the default Client and is used by Get, Head, and Post.
var DefaultClient *Client

func (c *Client) Do(req *Request) (*Response, error)
func (c *Client) Get(rawURL string) (resp *Response, err error)
func (c *Client) Head(rawURL string) (resp *Response, err error)
func (c *Client) Post(rawURL, contentType string, body io.Reader) (resp *Response, err error)
func (c *Client) PostForm(rawURL string, data url.Values) (resp *Response, err error)
func (c *Client) CloseIdleConnections()

// Get issues a GET to the specified URL, following up to 10 redirects.
func Get(rawURL string) (resp *Response, err error)

// Head issues a HEAD to the specified URL.
func Head(rawURL string) (resp *Response, err error)

// Post issues a POST to the specified URL.
func Post(rawURL, contentType string, body io.Reader) (resp *Response, err error)

// PostForm issues a POST with data's keys and values URL-encoded as the request body.
func PostForm(rawURL string, data url.Values) (resp *Response, err error)

// Handle registers the handler for the given pattern in the DefaultServeMux.
func Handle(pattern string, handler Handler)

// HandleFunc registers the handler function for the given pattern in the DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request))

// ListenAndServe listens on the TCP network address addr and then calls Serve with
// handler to handle requests on incoming connections; a nil handler is DefaultServeMux.
func ListenAndServe(addr string, handler Handler) error

// Serve accepts incoming HTTP connections on the listener l, creating a new service
// goroutine for each.
func Serve(l net.Listener, handler Handler) error

// Error replies to the request with the specified error message and HTTP code, as plain
// text.
func Error(w ResponseWriter, error string, code int)

// NotFound replies to the request with an HTTP 404 not found error.
func NotFound(w ResponseWriter, r *Request)

// NotFoundHandler returns a handler that replies to each request with "404 page not found".
func NotFoundHandler() Handler

// Redirect replies to the request with a redirect to url, which may be a path relative to
// the request path.
func Redirect(w ResponseWriter, r *Request, url string, code int)

// RedirectHandler returns a request handler that redirects each request it receives to
// the given url using the given status code.
func RedirectHandler(url string, code int) Handler

// StripPrefix returns a handler that serves HTTP requests by removing the given prefix from
// the request URL's Path (and RawPath if set) and invoking the handler h.
func StripPrefix(prefix string, h Handler) Handler

// StatusText returns a text for the HTTP status code, "" if the code is unknown.
func StatusText(code int) string

// DetectContentType implements the algorithm at https://mimesniff.spec.whatwg.org/ to
// determine the Content-Type of the given data; "application/octet-stream" if none fits.
func DetectContentType(data []byte) string
