package b

import "example.com/m1/cyc/a"

var B = a.A
