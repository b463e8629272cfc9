// WithCancel, WithTimeout, WithDeadline, WithValue and select on Done, as a compiled program
// sees them; every line is in a fixed order.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type other int

// worker ticks until ctx is done; it reports its first tick on ticked.
func worker(ctx context.Context, ticked chan<- bool, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("worker stopped after ", i > 0, " ticks: ", ctx.Err())
			return
		case <-time.After(time.Millisecond):
			if i == 0 {
				ticked <- true
			}
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, ok := bg.Deadline()
	fmt.Println("background deadline:", ok)

	// WithCancel: Done closes, Err turns Canceled, children follow, cancel twice is fine
	ctx, cancel := context.WithCancel(bg)
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	fmt.Println(ctx, ctx.Err(), child.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done yet")
	}
	ticked, out := make(chan bool), make(chan string)
	go worker(child, ticked, out)
	<-ticked
	cancel()
	cancel()
	fmt.Println(<-out)
	v, open := <-ctx.Done()
	fmt.Println("received", v, open)
	fmt.Println(ctx.Err() == context.Canceled, child.Err(), errors.Is(child.Err(), context.Canceled))
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", ctx.Err()), context.Canceled))

	// WithTimeout: Err is DeadlineExceeded after the deadline
	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	d, ok := tctx.Deadline()
	fmt.Println("deadline set:", ok, d.After(time.Now()), d.Before(time.Now().Add(time.Second)))
	fmt.Println("before:", tctx.Err())
	start := time.Now()
	select {
	case <-tctx.Done():
		fmt.Println("after:", tctx.Err(), time.Since(start) >= 15*time.Millisecond)
	case <-time.After(5 * time.Second):
		fmt.Println("the timeout did not fire")
	}
	fmt.Println(tctx.Err() == context.DeadlineExceeded, errors.Is(tctx.Err(), context.DeadlineExceeded))
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%v|%s|%q\n", context.DeadlineExceeded, context.Canceled, context.Canceled)

	// a deadline already past; a child's later deadline gives way to the parent's
	pctx, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer pcancel()
	fmt.Println("past:", pctx.Err())
	outer, ocancel := context.WithTimeout(bg, time.Hour)
	defer ocancel()
	inner, icancel := context.WithTimeout(outer, 2*time.Hour)
	defer icancel()
	od, _ := outer.Deadline()
	id, _ := inner.Deadline()
	fmt.Println("inner's deadline is outer's:", od.Equal(id))
	fmt.Printf("%T %T\n", outer, inner)
	ocancel()
	<-inner.Done()
	fmt.Println("inner:", inner.Err())

	// WithValue: lookup by ==, nearest wins, keys of different types differ, values are any
	vctx := context.WithValue(bg, key("user"), "gopher")
	vctx = context.WithValue(vctx, other(1), 42)
	vctx = context.WithValue(vctx, key("user"), "shadow")
	vc, vcancel := context.WithCancel(vctx)
	fmt.Println(vc.Value(key("user")), vc.Value(other(1)), vc.Value(key("none")), vc.Value(1))
	n := vc.Value(other(1)).(int)
	fmt.Println(n + 1)
	fmt.Println(vctx)
	fmt.Println(context.WithValue(bg, "k", key("v")))
	vcancel()
	fmt.Println(vc.Err(), vctx.Err())
	fmt.Printf("%T %T\n", vctx, vcancel)

	// Go's panics
	for _, f := range []func(){
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
		func() { context.WithCancel(nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
