// Package sync is go4j's stub of Go's sync: the declarations the checker reads. Each type is
// the Java class of the same name in go4j.std.sync, whose methods are instance methods (see
// docs/compiler.md, "Standard packages"), on go4j's own primitives: a goroutine blocked on
// one parks, and the deadlock detector sees it.
package sync

// A Mutex is a mutual exclusion lock; its zero value is unlocked.
//
//go4j:class
type Mutex struct {
	_ [0]int
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// An RWMutex is a reader/writer mutual exclusion lock; its zero value is unlocked.
//
//go4j:class
type RWMutex struct {
	_ [0]int
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) Unlock()

// A WaitGroup waits for a collection of goroutines to finish.
//
//go4j:class
type WaitGroup struct {
	_ [0]int
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// A Once performs exactly one action.
//
//go4j:class
type Once struct {
	_ [0]int
}

func (o *Once) Do(f func())

// A Map is a map[any]any safe for concurrent use; its zero value is empty.
//
//go4j:class
type Map struct {
	_ [0]int
}

func (m *Map) Delete(key any)
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Store(key, value any)

// A Locker can be locked and unlocked; *Mutex and *RWMutex are Lockers.
type Locker interface {
	Lock()
	Unlock()
}

// Cond is a condition variable, a rendezvous point for goroutines waiting for or announcing
// an event; L is held while observing or changing the condition.
//
//go4j:class
type Cond struct {
	L Locker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond

func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// A Pool is a set of temporary objects that may be individually saved and retrieved; New,
// when set, makes a value for a Get that finds the pool empty.
//
//go4j:class
type Pool struct {
	New func() any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
