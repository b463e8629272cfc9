// http: net/http serves each request in its own goroutine; the handler gives its work a
// context that times out, and answers 504 when the work is too slow.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// lookup answers at once, except for "slow", which takes an hour unless ctx ends first.
func lookup(ctx context.Context, q string) (string, error) {
	if q == "slow" {
		select {
		case <-time.After(time.Hour):
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	return "hello, " + q, nil
}

const timeout = time.Second

func handler(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	type answer struct {
		s   string
		err error
	}
	result := make(chan answer, 1) // buffered: the goroutine never waits for us
	go func() {
		s, err := lookup(ctx, r.URL.Query().Get("q"))
		result <- answer{s, err}
	}()
	select {
	case a := <-result:
		if a.err != nil {
			http.Error(w, a.err.Error(), http.StatusGatewayTimeout)
			return
		}
		fmt.Fprintln(w, a.s)
	case <-ctx.Done():
		http.Error(w, ctx.Err().Error(), http.StatusGatewayTimeout)
	}
}

func get(url string) string {
	resp, err := http.Get(url)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return fmt.Sprint(resp.StatusCode, " ", strings.TrimSpace(string(body)))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(handler)}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	fmt.Println("serving on 127.0.0.1 (an ephemeral port)")

	fmt.Println("GET /?q=gopher ->", get(base+"/?q=gopher"))
	fmt.Println("GET /?q=slow   ->", get(base+"/?q=slow"))

	var wg sync.WaitGroup
	answers := make([]string, 20)
	for i := range answers {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			answers[i] = get(fmt.Sprintf("%s/?q=%d", base, i))
		}(i)
	}
	wg.Wait()
	ok := 0
	for i, a := range answers {
		if a == fmt.Sprintf("200 hello, %d", i) {
			ok++
		}
	}
	fmt.Println("20 concurrent requests, answered correctly:", ok)
	srv.Close()
}
