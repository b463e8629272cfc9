package main

import _ "example.com/m1/winonly"

func main() {}
