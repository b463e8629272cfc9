// Package url is go4j's stub of Go's net/url: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.net.url.Pkg;
// URL, Userinfo and Error are the Java classes of those names in go4j.std.net.url, whose
// exported fields are public; Values, EscapeError and InvalidHostError are the boxes of their
// values, with Go's methods as static methods, the receiver first (see docs/compiler.md,
// "Standard packages").
package url

// Error reports an error and the operation and URL that caused it.
//
//go4j:class
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error
func (e *Error) Error() string
func (e *Error) Timeout() bool
func (e *Error) Temporary() bool

// An EscapeError reports a malformed %-escape: invalid URL escape "%zz".
type EscapeError string

func (e EscapeError) Error() string

// An InvalidHostError reports a byte not allowed in a host name.
type InvalidHostError string

func (e InvalidHostError) Error() string

// A URL represents a parsed URL (technically, a URI reference):
// [scheme:][//[userinfo@]host][/]path[?query][#fragment]. Path is stored decoded.
//
//go4j:class
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // username and password information
	Host        string    // host or host:port
	Path        string    // path (relative paths may omit leading slash)
	RawPath     string    // encoded path hint (see EscapedPath method)
	OmitHost    bool      // do not emit empty host (authority)
	ForceQuery  bool      // append a query ('?') even if RawQuery is empty
	RawQuery    string    // encoded query values, without '?'
	Fragment    string    // fragment for references, without '#'
	RawFragment string    // encoded fragment hint (see EscapedFragment method)
}

func (u *URL) EscapedPath() string
func (u *URL) EscapedFragment() string
func (u *URL) String() string
func (u *URL) Redacted() string
func (u *URL) IsAbs() bool
func (u *URL) Parse(ref string) (*URL, error)
func (u *URL) ResolveReference(ref *URL) *URL
func (u *URL) Query() Values
func (u *URL) RequestURI() string
func (u *URL) Hostname() string
func (u *URL) Port() string
func (u *URL) JoinPath(elem ...string) *URL

// The Userinfo type is an immutable encapsulation of username and password details.
//
//go4j:class
type Userinfo struct {
	_ [0]int
}

// User returns a Userinfo containing the provided username and no password set.
func User(username string) *Userinfo

// UserPassword returns a Userinfo containing the provided username and password.
func UserPassword(username, password string) *Userinfo

func (u *Userinfo) Username() string
func (u *Userinfo) Password() (string, bool)
func (u *Userinfo) String() string

// Values maps a string key to a list of values, typically query parameters and form
// values; keys are case-sensitive.
type Values map[string][]string

func (v Values) Get(key string) string
func (v Values) Set(key, value string)
func (v Values) Add(key, value string)
func (v Values) Del(key string)
func (v Values) Has(key string) bool

// Encode encodes the values into "URL encoded" form ("bar=baz&foo=quux") sorted by key.
func (v Values) Encode() string

// Parse parses a raw url into a URL structure; it may be relative or absolute.
func Parse(rawURL string) (*URL, error)

// ParseRequestURI parses a raw url as received in an HTTP request: an absolute URI or an
// absolute path, without a fragment.
func ParseRequestURI(rawURL string) (*URL, error)

// ParseQuery parses the URL-encoded query string and returns a map listing the values
// specified for each key; err is the first decoding error, if any.
func ParseQuery(query string) (Values, error)

// QueryEscape escapes the string so it can be safely placed inside a URL query.
func QueryEscape(s string) string

// QueryUnescape does the inverse transformation of QueryEscape ("+" is a space).
func QueryUnescape(s string) (string, error)

// PathEscape escapes the string so it can be safely placed inside a URL path segment.
func PathEscape(s string) string

// PathUnescape does the inverse transformation of PathEscape.
func PathUnescape(s string) (string, error)

// JoinPath returns a URL string with the provided path elements joined to the existing
// path of base and cleaned of any ./ or ../ elements.
func JoinPath(base string, elem ...string) (result string, err error)
