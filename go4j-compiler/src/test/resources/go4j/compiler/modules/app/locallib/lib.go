package lib

import "example.com/lib/sub"

func Version() string { return "local " + sub.Name }
