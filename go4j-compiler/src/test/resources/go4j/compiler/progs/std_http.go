package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"time"
)

// counter is a Handler written in Go: the server calls its ServeHTTP through the interface.
type counter struct{ n int }

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.n++
	w.Header().Set("x-count", fmt.Sprint(c.n)) // canonicalised: X-Count
	w.Header().Add("X-Multi", "a")
	w.Header().Add("x-multi", "b")
	fmt.Fprintf(w, "count %d for %s %s\n", c.n, r.Method, r.URL.Path)
}

var addr string

// mask hides what changes from run to run: the server's port and the Date header.
func mask(s string) string {
	s = strings.ReplaceAll(s, addr, "ADDR")
	for i := strings.Index(s, "Date: "); i >= 0; {
		j := strings.Index(s[i:], "\r")
		s = s[:i] + "Date: DATE" + s[i+j:]
		k := strings.Index(s[i+10:], "Date: ")
		if k < 0 {
			break
		}
		i += 10 + k
	}
	return s
}

// raw sends req as it is and returns the server's bytes, until it closes.
func raw(req string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	io.WriteString(c, req)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b, _ := io.ReadAll(c)
	return mask(string(b))
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/count", &counter{})
	mux.HandleFunc("/files/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "files: %q q=%q ua=%q\n", r.URL.Path, r.URL.Query().Get("q"), r.UserAgent())
	})
	mux.HandleFunc("/files/special/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "special", r.URL.Path)
	})
	mux.HandleFunc("/err", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "something broke", http.StatusTeapot)
	})
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html><body>hi</body></html>")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 5000)))
	})
	mux.HandleFunc("/post", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %d %q %v ct=%q form=%q\n", r.Method, r.ContentLength, body, err, r.Header.Get("content-type"), r.FormValue("a"))
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "a=%q b=%q\n", r.FormValue("a"), r.FormValue("b"))
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		var keys []string
		for k := range r.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s=%v\n", k, r.Header[k])
		}
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/files/x?q=redirected", http.StatusFound)
	})
	mux.HandleFunc("/nocontent", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("/created", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte("created"))
	})
	gone := make(chan error, 1)
	mux.HandleFunc("/wait", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // the client hangs up: the request's context ends
		gone <- r.Context().Err()
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr = ln.Addr().String()
	srv := &http.Server{Handler: mux}
	done := make(chan error)
	go func() { done <- srv.Serve(ln) }()
	base := "http://" + addr

	get := func(path string) {
		resp, err := http.Get(base + path)
		if err != nil {
			fmt.Println("error:", mask(err.Error()))
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		fmt.Printf("GET %s: %s %d %q %v len=%d ct=%q\n", path, resp.Status, resp.StatusCode, b, err, resp.ContentLength, resp.Header.Get("Content-Type"))
	}
	get("/count")
	get("/count")
	get("/files/a/b?q=1")
	get("/files/special/z")
	get("/files")
	get("/nothing")
	get("/err")
	get("/html")
	get("/redirect")
	get("/nocontent")
	get("/created")
	get("/a/../count")
	resp, _ := http.Get(base + "/big")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("big:", len(b), resp.ContentLength, resp.TransferEncoding)

	resp, err = http.Post(base+"/post?a=q", "application/x-www-form-urlencoded", strings.NewReader("a=body&c=3"))
	if err == nil {
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print("post: ", string(b))
	}
	resp, err = http.PostForm(base+"/form?b=query", map[string][]string{"a": {"x y"}})
	if err == nil {
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print("postform: ", string(b))
	}
	req, _ := http.NewRequest("GET", base+"/headers", nil)
	req.Header.Set("x-custom-header", "v1")
	req.Header.Add("X-CUSTOM-header", "v2")
	resp, err = http.DefaultClient.Do(req)
	if err == nil {
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print("headers:\n", string(b))
	}

	c := &http.Client{Timeout: 300 * time.Millisecond}
	_, err = c.Get(base + "/wait")
	fmt.Println("timeout:", mask(err.Error()))
	fmt.Println("handler's context:", <-gone)

	fmt.Print(raw("GET /count HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("GET /err HTTP/1.0\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("GET /big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")[:200])
	fmt.Println("\n--")
	fmt.Print(raw("GET /nothing HTTP/1.1\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("BAD\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("GET /files/x HTTP/1.1\r\nHost: h\r\n\r\nGET /count HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("POST /post HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("HEAD /count HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
	fmt.Println("--")
	fmt.Print(raw("GET /a/./b/../files/ HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
	fmt.Println("--")

	fmt.Println(http.StatusText(404), http.StatusText(999) == "", http.CanonicalHeaderKey("x-forwarded-for"), http.CanonicalHeaderKey("bad key"))
	fmt.Println(http.DetectContentType([]byte("\x89PNG\r\n\x1a\nxxxx")), http.DetectContentType([]byte("  <!DOCTYPE html>")), http.DetectContentType([]byte{0, 1, 2}))
	h := http.Header{}
	h.Set("accept-encoding", "gzip")
	h.Add("ACCEPT-ENCODING", "br")
	fmt.Println(h, h.Get("Accept-Encoding"), h.Values("accept-encoding"))
	var handler http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	fmt.Printf("%T %T %T\n", handler, mux, h)

	srv.Close()
	fmt.Println("serve returned:", <-done)
	_, err = http.Get(base + "/count")
	fmt.Println("after close:", mask(err.Error()))
	_, err = http.Get("ftp://x/")
	fmt.Println(err)
}
