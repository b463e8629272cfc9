// Package time is go4j's stub of Go's time: the declarations the checker reads. Functions
// without a body are the static methods of the Java class go4j.std.time.Pkg; Duration,
// Month, Weekday, Time, Timer and Ticker are the Java classes of the same names in
// go4j.std.time (see docs/compiler.md, "Standard packages"). Timers run on go4j's own, so a
// goroutine waiting for one parks, and counts as waiting for a timer, not as deadlocked.
package time

// A Duration is the time between two instants as an int64 nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) Abs() Duration
func (d Duration) Hours() float64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Nanoseconds() int64
func (d Duration) Round(m Duration) Duration
func (d Duration) Seconds() float64
func (d Duration) String() string
func (d Duration) Truncate(m Duration) Duration

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// A Time is an instant with nanosecond precision, and a monotonic clock reading when it
// comes from Now. The zero Time is January 1, year 1, 00:00:00 UTC.
//
//go4j:class
type Time struct {
	_ [0]int
}

// Layouts for Format: the reference time, Mon Jan 2 15:04:05 MST 2006, written each way.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// A Location maps instants to the zone in use there.
//
//go4j:class
type Location struct {
	_ [0]int
}

// UTC and Local are the locations of UTC and of the system's zone.
var (
	UTC   *Location
	Local *Location
)

func FixedZone(name string, offset int) *Location
func LoadLocation(name string) (*Location, error)
func (l *Location) String() string

// Date returns the time of the date and clock in loc, normalizing values out of range.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

func Now() Time
func Since(t Time) Duration
func Unix(sec int64, nsec int64) Time
func UnixMicro(usec int64) Time
func UnixMilli(msec int64) Time
func Until(t Time) Duration

func (t Time) Add(d Duration) Time
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) Format(layout string) string
func (t Time) In(loc *Location) Time
func (t Time) Location() *Location
func (t Time) Round(d Duration) Time
func (t Time) Truncate(d Duration) Time
func (t Time) Zone() (name string, offset int)
func (t Time) After(u Time) bool
func (t Time) Before(u Time) bool
func (t Time) Day() int
func (t Time) Equal(u Time) bool
func (t Time) Hour() int
func (t Time) IsZero() bool
func (t Time) Local() Time
func (t Time) Minute() int
func (t Time) Month() Month
func (t Time) Nanosecond() int
func (t Time) Second() int
func (t Time) String() string
func (t Time) Sub(u Time) Duration
func (t Time) UTC() Time
func (t Time) Unix() int64
func (t Time) UnixMicro() int64
func (t Time) UnixMilli() int64
func (t Time) UnixNano() int64
func (t Time) Weekday() Weekday
func (t Time) Year() int
func (t Time) YearDay() int

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// After waits for d to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time

// Tick returns the channel of a ticker that never stops; nil if d <= 0.
func Tick(d Duration) <-chan Time

// A Timer sends the time on C once, when it expires.
//
//go4j:class
type Timer struct {
	C <-chan Time
}

func AfterFunc(d Duration, f func()) *Timer
func NewTimer(d Duration) *Timer
func (t *Timer) Reset(d Duration) bool
func (t *Timer) Stop() bool

// A Ticker sends the time on C every period, dropping ticks a slow receiver misses.
//
//go4j:class
type Ticker struct {
	C <-chan Time
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Reset(d Duration)
func (t *Ticker) Stop()

// Parse parses a formatted string and returns the time value it represents, in UTC unless the
// value says otherwise.
func Parse(layout, value string) (Time, error)

// ParseInLocation is like Parse but interprets a time without zone information in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error)

// ParseError describes a problem parsing a time string.
//
//go4j:class
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string
