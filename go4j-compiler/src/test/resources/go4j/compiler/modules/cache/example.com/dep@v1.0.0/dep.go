package dep

import "example.com/lib"

func Version() string { return "dep v1.0.0 with lib " + lib.Version() }
