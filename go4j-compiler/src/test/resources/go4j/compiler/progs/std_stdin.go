// Package main reads its standard input as Go programs usually do: a first line with a
// bufio.Reader, then the rest line by line with a bufio.Scanner over that reader, until EOF;
// it echoes the first lines and counts lines, words and bytes.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	first, err := in.ReadString('\n')
	fmt.Printf("first: %q %v\n", first, err)

	s := bufio.NewScanner(in)
	lines, words, bytes := 0, 0, 0
	for s.Scan() {
		lines++
		words += len(strings.Fields(s.Text()))
		bytes += len(s.Bytes())
		if lines <= 5 {
			fmt.Printf("%d: %q\n", lines, s.Text())
		}
	}
	fmt.Println("err:", s.Err())
	fmt.Println("lines", lines, "words", words, "bytes", bytes)

	n, err := os.Stdin.Read(make([]byte, 16))
	fmt.Println("after EOF:", n, err, err == io.EOF)
}
