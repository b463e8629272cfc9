package bad

func F() int { return "s" }
