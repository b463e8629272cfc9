package main

import "fmt"

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface {
	Signed | Unsigned
}

type Float interface {
	~float32 | ~float64
}

type Ordered interface {
	Integer | Float | ~string
}

type Number interface {
	Integer | Float
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Abs[T Signed | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

// Wraps shows that T's arithmetic is T's own: int8 wraps around.
func Double[T Integer](x T) T { return x * 2 }

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

// Constraint type inference: E is inferred from S's core type.
func First[S ~[]E, E any](s S) E { return s[0] }

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

type Celsius float64
type Names []string

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Bits uint8

func (b Bits) String() string { return fmt.Sprintf("%08b", uint8(b)) }

// StringableNumber needs both a method and a type set.
type StringableNumber interface {
	Number
	String() string
}

func Describe[T StringableNumber](x T) string { return x.String() + " doubled " + (x + x).String() }

func Len[T ~string | ~[]byte](x T) int { return len(x) }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("go", "java"), Max[int8](-3, -9))
	fmt.Println(Sum(1, 2, 3), Sum(0.5, 0.25), Sum[uint8](200, 100), Sum[Celsius](20, 1.5))
	fmt.Println(Average([]int{1, 2, 4}), Average([]float32{1.5, 2.5}))
	fmt.Println(Abs(-5), Abs(int8(-128)), Abs(-2.5))
	fmt.Println(Double(int8(100)), Double(uint16(40000)), Double(7))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1, 2}, 3))
	fmt.Println(Convert[int, float64]([]int{1, 2, 3}), Convert[float64, int8]([]float64{1.9, 300}))
	fmt.Println(First([]int{9, 8}), First(Names{"x"}))
	n := Clone(Names{"p", "q"})
	fmt.Printf("%T %v\n", n, n)
	fmt.Println(Join([]Celsius{21.5, -3}, ", "))
	fmt.Println(Describe(Celsius(1.25)), Describe(Bits(5)))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
}
