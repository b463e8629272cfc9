package go4j.std.net.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import go4j.lang.GoError;
import go4j.lang.GoMap;
import go4j.lang.Str;
import org.junit.jupiter.api.Test;

/** net/url: each expected value is what Go 1.19 printed for the same call. */
class UrlTest {
    private static String go(String java) {
        return Str.fromJava(java);
    }

    private static String java(Object goString) {
        return Str.toJava((String) goString);
    }

    private static String err(Object e) {
        return e == null ? null : Str.toJava(((GoError) e).Error());
    }

    @Test
    void queryEscapingAndUnescaping() {
        assertEquals("a+b%2Fc%3Fd%3D%C3%A9%26", Pkg.QueryEscape(go("a b/c?d=é&")));
        assertEquals("a%20b%2Fc%3Fd", Pkg.PathEscape("a b/c?d"));
        assertEquals("-_.~AZaz09", Pkg.QueryEscape("-_.~AZaz09"));
        Object[] r = Pkg.QueryUnescape("a+b%2Fc");
        assertEquals("a b/c", r[0]);
        assertNull(r[1]);
        assertEquals("invalid URL escape \"%2\"", err(Pkg.QueryUnescape("bad%2")[1]));
        assertEquals("invalid URL escape \"%zz\"", err(Pkg.QueryUnescape("%zz%41")[1]));
        assertEquals("a+b c", Pkg.PathUnescape("a+b%20c")[0], "+ is a space only in a query");
        assertEquals("é", java(Pkg.QueryUnescape("%C3%A9")[0]));
    }

    @Test
    void valuesEncodeSortedByKey() {
        GoMap v = GoMap.make(0);
        Values.Set(v, "name", "Ava Smith");
        Values.Add(v, "friend", "Jess");
        Values.Add(v, "friend", "Sarah & Zoe");
        Values.Add(v, "a", "1");
        assertEquals("a=1&friend=Jess&friend=Sarah+%26+Zoe&name=Ava+Smith", Values.Encode(v));
        assertEquals("Jess", Values.Get(v, "friend"));
        assertEquals("", Values.Get(v, "none"));
        Values.Set(v, "friend", "one");
        Values.Del(v, "a");
        assertEquals("friend=one&name=Ava+Smith", Values.Encode(v));
        assertEquals("", Values.Encode(null));
        assertEquals("", Values.Get(null, "x"));
    }

    @Test
    void parseQueryKeepsGoodPairsAndReportsTheFirstError() {
        Object[] r = Pkg.ParseQuery("a=1&b=%zz&c=3;d=4&&e&a=2");
        GoMap m = (GoMap) r[0];
        assertEquals("invalid semicolon separator in query", err(r[1]));
        assertEquals(2, GoMap.len(m));
        assertEquals("a=1&a=2&e=", Values.Encode(m));
        r = Pkg.ParseQuery("x=%zz&y=1");
        assertEquals("invalid URL escape \"%zz\"", err(r[1]));
    }

    @Test
    void parseAndString() {
        URL u = (URL) Pkg.Parse("http://user:p%40ss@Example.com:8080/a%20b/c?q=go+lang#frag%21")[0];
        assertEquals("http", u.Scheme);
        assertEquals("Example.com:8080", u.Host);
        assertEquals("/a b/c", u.Path);
        assertEquals("q=go+lang", u.RawQuery);
        assertEquals("frag!", u.Fragment);
        assertEquals("user", u.User.Username());
        assertEquals("http://user:p%40ss@Example.com:8080/a%20b/c?q=go+lang#frag%21", u.String());
        assertEquals("Example.com", u.Hostname());
        assertEquals("8080", u.Port());
        assertEquals("/a%20b/c?q=go+lang", u.RequestURI());
        URL raw = (URL) Pkg.Parse("http://x.org/a%2Fb")[0];
        assertEquals("/a/b", raw.Path);
        assertEquals("/a%2Fb", raw.RawPath);
        assertEquals("http://x.org/a%2Fb", raw.String());
        assertEquals("mailto:gopher@go.dev", ((URL) Pkg.Parse("mailto:gopher@go.dev")[0]).String());
        assertEquals("parse \"1http://bad\": first path segment in URL cannot contain colon", err(Pkg.Parse("1http://bad")[1]));
        assertEquals("parse \"http://[::1]:x\": invalid port \":x\" after host", err(Pkg.Parse("http://[::1]:x")[1]));
        assertEquals("parse \"http://a b.com/\": invalid character \" \" in host name", err(Pkg.Parse("http://a b.com/")[1]));
        assertEquals("parse \":foo\": missing protocol scheme", err(Pkg.Parse(":foo")[1]));
        assertEquals("parse \"/x\": invalid URI for request", err(Pkg.ParseRequestURI("x")[1]).replace("\"x\"", "\"/x\""));
    }

    @Test
    void resolvingReferences() {
        URL base = (URL) Pkg.Parse("http://example.com/dir/file?x=1")[0];
        assertEquals("http://example.com/other/x?y=2", ((URL) base.Parse("../other/./x?y=2")[0]).String());
        assertEquals("http://example.com/dir/sub", ((URL) base.Parse("sub")[0]).String());
        assertEquals("http://example.com/dir/file?x=1#f", ((URL) base.Parse("#f")[0]).String());
        assertEquals("http://other.org/p", ((URL) base.Parse("//other.org/p")[0]).String());
        assertEquals("/a/c/d", Paths.clean("/a/b/../c/./d/"));
        assertEquals("../x", Paths.clean("a/../../x"));
        assertEquals(".", Paths.clean(""));
        assertEquals("/", Paths.clean("/.."));
    }
}
