// Package main exercises bufio: Scanner with each split function and one of its own, Reader
// and Writer over strings.Reader, bytes.Buffer and os.Stdout, ReadWriter.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i := 0; i < len(data); i++ {
		if data[i] == ',' {
			return i + 1, data[:i], nil
		}
	}
	if !atEOF {
		return 0, nil, nil
	}
	if len(data) > 0 {
		return len(data), data, bufio.ErrFinalToken
	}
	return 0, nil, nil
}

// slowReader gives its data a byte at a time, then EOF.
type slowReader struct {
	data string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

// failWriter takes limit bytes, then fails.
type failWriter struct {
	limit int
	got   []byte
}

func (w *failWriter) Write(p []byte) (int, error) {
	if len(w.got)+len(p) > w.limit {
		n := w.limit - len(w.got)
		w.got = append(w.got, p[:n]...)
		return n, errors.New("disk full")
	}
	w.got = append(w.got, p...)
	return len(p), nil
}

func more() {
	// a scanner over a Go reader, a byte at a time; a method value as the loop condition
	s := bufio.NewScanner(&slowReader{"ab\ncd\n\nlast"})
	scan := s.Scan
	for scan() {
		fmt.Printf("<%s>", s.Text())
	}
	fmt.Println(s.Err())

	// lines longer than the first buffer, and one too long for the default maximum
	var big bytes.Buffer
	for i := 0; i < 3; i++ {
		big.WriteString(strings.Repeat(string(rune('a'+i)), 5000*(i+1)))
		big.WriteByte('\n')
	}
	big.WriteString(strings.Repeat("z", bufio.MaxScanTokenSize+1))
	s = bufio.NewScanner(&big)
	for s.Scan() {
		fmt.Println(len(s.Text()), s.Text()[:3])
	}
	fmt.Println(s.Err())

	// ReadSlice and its ErrBufferFull
	r := bufio.NewReaderSize(&slowReader{"key=value;rest-without-delimiter"}, 16)
	line, err := r.ReadSlice(';')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadSlice(';')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadSlice(';')
	fmt.Printf("%q %v\n", line, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	_, err = r.Discard(-1)
	fmt.Println(err)

	// a failing writer: the error sticks
	fw := &failWriter{limit: 10}
	w := bufio.NewWriterSize(fw, 8)
	n, err := w.WriteString("12345678")
	fmt.Println(n, err, w.Buffered())
	n, err = w.WriteString("abcdefgh")
	fmt.Println(n, err, w.Buffered(), string(fw.got))
	fmt.Println(w.Flush(), w.WriteByte('x'))
	w.Reset(io.Discard)
	fmt.Println(w.Buffered(), w.Available())
	_, err = w.WriteString("after reset")
	fmt.Println(err, w.Flush())

	// ReadFrom and WriteTo
	var sink bytes.Buffer
	w = bufio.NewWriterSize(&sink, 16)
	w.WriteString("head:")
	m, err := w.ReadFrom(&slowReader{"from a slow reader"})
	fmt.Println(m, err, w.Buffered(), sink.Len())
	w.Flush()
	fmt.Println(sink.String())
	r = bufio.NewReader(&slowReader{"written to"})
	m, err = r.WriteTo(os.Stdout)
	fmt.Println("", m, err)
}

func main() {
	s := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	for s.Scan() {
		fmt.Printf("%q\n", s.Text())
	}
	fmt.Println(s.Err())

	s = bufio.NewScanner(strings.NewReader("  hello   wide\tworld\n é ü "))
	s.Split(bufio.ScanWords)
	n := 0
	for s.Scan() {
		n++
		fmt.Printf("%d %q %v\n", n, s.Text(), s.Bytes())
	}

	s = bufio.NewScanner(strings.NewReader("hé\xffx"))
	s.Split(bufio.ScanRunes)
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println()
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(bufio.ScanBytes)
	for s.Scan() {
		fmt.Print(s.Bytes(), " ")
	}
	fmt.Println()

	s = bufio.NewScanner(strings.NewReader("a,b,c,d"))
	s.Split(commaSplit)
	for s.Scan() {
		fmt.Printf("[%s]", s.Text())
	}
	fmt.Println(s.Err())

	split := func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("custom failure")
	}
	s = bufio.NewScanner(strings.NewReader("xyz"))
	s.Split(split)
	fmt.Println(s.Scan(), s.Err())

	long := strings.Repeat("x", 100) + "\nshort\n"
	s = bufio.NewScanner(strings.NewReader(long))
	s.Buffer(make([]byte, 10), 50)
	for s.Scan() {
		fmt.Println(s.Text())
	}
	fmt.Println(s.Err(), s.Err() == bufio.ErrTooLong)
	fmt.Println(bufio.MaxScanTokenSize)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Split(bufio.ScanWords)
	}()

	// Reader
	r := bufio.NewReaderSize(strings.NewReader("line one\nline two\r\nhéllo\nlast"), 16)
	fmt.Println(r.Size(), r.Buffered())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, r.Buffered())
	p, err := r.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadByte())
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	d, err := r.Discard(2)
	fmt.Println(d, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = r.ReadString('\n')
	fmt.Printf("%q %v %v\n", rest, err, err == io.EOF)
	_, err = r.Peek(100)
	fmt.Println(err)

	r2 := bufio.NewReaderSize(strings.NewReader(strings.Repeat("ab", 20)+"\n"), 16)
	for {
		l, isPrefix, err := r2.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", l, isPrefix)
	}
	r3 := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)), 16)
	str, err := r3.ReadString('\n')
	fmt.Println(len(str), err)
	r3.Reset(strings.NewReader("reset"))
	buf := make([]byte, 3)
	nn, err := r3.Read(buf)
	fmt.Println(nn, err, string(buf[:nn]))
	var sb strings.Builder
	m, err := r3.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	fmt.Println(bufio.NewReader(r3) == r3, bufio.NewReaderSize(r3, 100) == r3)

	// Writer
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello ")
	w.WriteByte('w')
	w.WriteRune('ö')
	w.Write([]byte("rld"))
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	w.WriteString(" and a longer string that spills")
	fmt.Println(w.Buffered(), out.Len())
	fmt.Println(w.Flush(), out.String())
	fmt.Println(len(w.AvailableBuffer()), cap(w.AvailableBuffer()))

	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", 1)
	fmt.Println("direct")
	bw.Flush()

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw input\n")), bufio.NewWriter(os.Stdout))
	in, _ := rw.ReadString('\n')
	rw.WriteString("got: " + in)
	rw.Flush()
	var iw io.Writer = rw
	fmt.Fprintf(iw, "via io.Writer %T\n", iw)
	rw.Flush()

	var br io.ByteReader = bufio.NewReader(strings.NewReader("Q"))
	c, _ := br.ReadByte()
	fmt.Println(c)
	var rr io.RuneScanner = bufio.NewReader(strings.NewReader("ü"))
	x, sz, _ := rr.ReadRune()
	fmt.Println(x, sz, rr.UnreadRune())
	var fl interface{ Flush() error } = bufio.NewWriter(os.Stdout)
	fmt.Println(fl.Flush())
	n64, err := io.Copy(w, strings.NewReader("copied\n"))
	fmt.Println(n64, err, w.Buffered())
	w.Flush()
	fmt.Print(out.String())
	fmt.Printf("%T %T %T\n", s, r, w)
	more()
	sw := bufio.NewWriter(os.Stdout)
	sw.WriteString("never flushed\n")
}
