// fanin: two generators merged by select; a closed source is set to nil so that select
// stops looking at it.
package main

import "fmt"

func generator(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 1; i <= n; i++ {
			c <- fmt.Sprintf("%s %d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := generator("a", 3)
	b := generator("b", 3)
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a closed")
				continue
			}
			fmt.Println(s)
		case s, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			fmt.Println(s)
		}
	}
	fmt.Println("both closed")
}
