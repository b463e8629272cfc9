package lib

import "example.com/lib/sub"

func Version() string { return "v1.0.0 " + sub.Name }
