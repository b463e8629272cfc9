package lib

import "example.com/lib/sub"

func Version() string { return "v1.1.0 " + sub.Name }
