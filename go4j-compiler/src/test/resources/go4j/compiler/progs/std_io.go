package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// upper is a Reader written in Go: io's functions call its Read through the interface.
type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

// counting is a Writer written in Go.
type counting struct {
	n, calls int
}

func (c *counting) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

// failing fails after limit bytes.
type failing struct{ limit int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		n := f.limit
		f.limit = 0
		return n, errors.New("disk full")
	}
	f.limit -= len(p)
	return len(p), nil
}

func main() {
	b, err := io.ReadAll(strings.NewReader("hello, reader"))
	fmt.Println(string(b), err, len(b), cap(b))
	b, err = io.ReadAll(strings.NewReader(strings.Repeat("x", 600)))
	fmt.Println(len(b), cap(b), err)

	n, err := io.Copy(os.Stdout, upper{strings.NewReader("shout\n")})
	fmt.Println(n, err)

	r := strings.NewReader("abc")
	p := make([]byte, 2)
	for {
		k, err := r.Read(p)
		fmt.Printf("%d %q %v %v\n", k, p[:k], err, err == io.EOF)
		if err == io.EOF {
			break
		}
	}

	var buf bytes.Buffer
	io.WriteString(&buf, "abc")
	fmt.Fprintf(&buf, "-%d", 42)
	p = make([]byte, 4)
	k, err := io.ReadFull(&buf, p)
	fmt.Println(k, err, string(p))
	k, err = io.ReadFull(&buf, p)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(&buf, p)
	fmt.Println(k, err)

	c := &counting{}
	n, err = io.Copy(c, io.LimitReader(strings.NewReader(strings.Repeat("z", 100)), 70))
	fmt.Println(n, err, c.n, c.calls)
	n, err = io.CopyN(c, strings.NewReader("short"), 10)
	fmt.Println(n, err)
	n, err = io.Copy(&failing{limit: 3}, upper{strings.NewReader("abcdef")})
	fmt.Println(n, err)

	var sb strings.Builder
	tee := io.TeeReader(strings.NewReader("tee'd"), &sb)
	all, _ := io.ReadAll(tee)
	fmt.Println(string(all), sb.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, _ = io.ReadAll(mr)
	fmt.Println(string(all))
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprint(mw, "both")
	fmt.Println(w1.String(), w2.String())
	n, err = io.Copy(io.Discard, strings.NewReader("gone"))
	fmt.Println(n, err)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	fmt.Printf("%T %T %T\n", io.Discard, io.LimitReader(nil, 1), rc)

	sr := strings.NewReader("héllo")
	ch, size, _ := sr.ReadRune()
	ch2, size2, _ := sr.ReadRune()
	fmt.Println(string(ch), size, string(ch2), size2, sr.Len(), sr.Size())
	fmt.Println(sr.UnreadRune(), sr.UnreadRune())
	pos, err := sr.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, err, string(rest))

	var bb bytes.Buffer
	bb.WriteString("line one\nline two")
	line, err := bb.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = bb.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var dst bytes.Buffer
	n, err = dst.ReadFrom(strings.NewReader("read from"))
	fmt.Println(n, err, dst.String())
}
