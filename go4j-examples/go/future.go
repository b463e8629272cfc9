// future: execQuery starts the query in a goroutine; the caller picks the result up later.
package main

import (
	"fmt"
	"time"
)

type query struct {
	sql    chan string
	result chan string
}

func execQuery(q query) {
	go func() {
		sql := <-q.sql
		time.Sleep(10 * time.Millisecond) // the database at work
		q.result <- "result from " + sql
	}()
}

func main() {
	q := query{make(chan string, 1), make(chan string, 1)}
	execQuery(q)

	q.sql <- "select * from table"
	fmt.Println("query sent; main does other things meanwhile")

	fmt.Println(<-q.result)
}
