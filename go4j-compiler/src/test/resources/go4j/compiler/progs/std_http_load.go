package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
)

// 50 clients send 100 requests each to one server: connections are kept alive, reused and,
// past the two the client keeps idle, closed; Close then ends every connection, and the
// goroutines reading them ahead (to see a client hang up) end with them.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var served int64
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		atomic.AddInt64(&served, 1)
		fmt.Fprintf(w, "hello %s", r.URL.Query().Get("i"))
	})}
	done := make(chan error)
	go func() { done <- srv.Serve(ln) }()
	base := "http://" + ln.Addr().String()
	var wg sync.WaitGroup
	var ok int64
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				resp, err := http.Get(fmt.Sprintf("%s/?i=%d", base, i))
				if err != nil {
					fmt.Println(err)
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if string(b) == fmt.Sprintf("hello %d", i) {
					atomic.AddInt64(&ok, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("answered correctly:", ok, "served:", served)
	srv.Close()
	fmt.Println("serve:", <-done)
}
