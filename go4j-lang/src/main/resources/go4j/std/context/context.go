// Package context is go4j's stub of Go's context: the declarations the checker reads.
// Functions without a body are the static methods of the Java class go4j.std.context.Pkg,
// and the variables its static fields (see docs/compiler.md, "Standard packages"). The
// contexts are go4j-core's (go4j.context): a goroutine waiting on Done parks, and the
// deadlock detector sees it.
package context

import "time"

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries. Its methods may be called by multiple goroutines simultaneously.
type Context interface {
	// Deadline returns the time when work done on behalf of this context should be
	// canceled; ok is false when no deadline is set.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel that is closed when work done on behalf of this context
	// should be canceled; nil if this context can never be canceled.
	Done() <-chan struct{}

	// Err returns nil while Done is open; afterwards Canceled or DeadlineExceeded.
	Err() error

	// Value returns the value associated with this context for key, or nil.
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled error

// DeadlineExceeded is the error returned by Context.Err when the context's deadline passes.
var DeadlineExceeded error

// A CancelFunc tells an operation to abandon its work. After the first call, subsequent
// calls do nothing.
type CancelFunc func()

// Background returns a non-nil, empty Context: never canceled, no values, no deadline.
func Background() Context

// TODO returns a non-nil, empty Context, for code that does not yet know which to use.
func TODO() Context

// WithCancel returns a copy of parent with a new Done channel, closed when cancel is
// called or when the parent's Done channel is closed, whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)

// WithDeadline returns a copy of parent whose deadline is no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)

// WithValue returns a copy of parent in which the value associated with key is val. The
// key must be comparable.
func WithValue(parent Context, key, val any) Context
