package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println(log.Flags(), log.Prefix() == "", log.LstdFlags)
	log.SetFlags(0)
	log.Println("hello", 42)
	log.Printf("x=%d", 7)
	log.Print("no newline")
	log.SetPrefix("app: ")
	log.Print("with prefix\n")
	log.SetFlags(log.Lmsgprefix | log.Lshortfile)
	log.Println("msgprefix")
	l := log.New(os.Stdout, "[L] ", log.Lshortfile)
	l.Printf("to stdout %v", true)
	l.Output(1, "output")
	fmt.Println(l.Flags(), l.Prefix())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 3)
	}()
	log.SetFlags(0)
	log.SetPrefix("")
	log.Fatalln("fatal", "now")
}
