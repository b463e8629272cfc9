package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{
		"http://user:p%40ss@example.com:8080/a%20b/c?q=go+lang&x=1&x=2#frag%21",
		"https://go.dev/doc/",
		"mailto:gopher@go.dev",
		"/relative/path?a=1",
		"http://[::1]:8080/v6",
		"http://x.org/a%2Fb",
		"HTTP://Example.COM/UPPER",
		"?only=query",
	} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%q %q %q %q %q %q %q | %s\n", u.Scheme, u.Host, u.Path, u.RawPath, u.RawQuery, u.Fragment, u.Opaque, u)
		fmt.Printf("  hostname=%q port=%q requestURI=%q abs=%v query=%v\n", u.Hostname(), u.Port(), u.RequestURI(), u.IsAbs(), u.Query())
		if u.User != nil {
			pw, set := u.User.Password()
			fmt.Println("  user:", u.User.Username(), pw, set, u.User, u.Redacted())
		}
	}
	for _, s := range []string{"1http://bad", "http://[::1]:namedport", "http://host/%zz", "http://a b.com/", ":foo"} {
		_, err := url.Parse(s)
		var ue *url.Error
		fmt.Println(err, errors.As(err, &ue), ue != nil && ue.Op == "parse")
	}

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	v.Add("z", "é")
	v.Add("a", "first")
	fmt.Println(v.Encode())
	fmt.Println(v.Get("friend"), v["friend"], v.Has("x"), v.Get("x") == "")
	v.Del("z")
	v.Set("a", "only")
	fmt.Println(v.Encode())
	var nilv url.Values
	fmt.Println(nilv.Get("x") == "", nilv.Encode() == "")

	q, err := url.ParseQuery("a=1&b=%zz&c=3;d=4&&e&a=2")
	fmt.Println(q, err, len(q))
	q, err = url.ParseQuery("x=1&y=a+b%26c")
	fmt.Println(q, err, q.Get("y"))

	fmt.Println(url.QueryEscape("a b/c?d=é&"), url.PathEscape("a b/c?d"))
	for _, s := range []string{"a+b%2Fc", "bad%2", "%e9t%C3%A9"} {
		u, err := url.QueryUnescape(s)
		fmt.Printf("%q %v\n", u, err)
	}
	p, err := url.PathUnescape("a+b%20c")
	fmt.Printf("%q %v\n", p, err)

	base, _ := url.Parse("http://example.com/dir/file?x=1")
	for _, ref := range []string{"../other/./x?y=2", "sub", "/abs", "//other.org/p", "#frag", "https://z.org"} {
		r, _ := base.Parse(ref)
		fmt.Println(ref, "->", r)
	}
	fmt.Println(base.JoinPath("a", "../b/"))
	j, err := url.JoinPath("http://h/x/", "y", "z")
	fmt.Println(j, err)
	u := &url.URL{Scheme: "https", Host: "example.com", Path: "/a b", RawQuery: v.Encode(), Fragment: "top"}
	fmt.Println(u.String())
	u2 := *u
	u2.Path = "/changed"
	fmt.Println(u.Path, u2.Path)
	fmt.Println(url.UserPassword("me", "s3cr:t"), url.User("only"))
}
