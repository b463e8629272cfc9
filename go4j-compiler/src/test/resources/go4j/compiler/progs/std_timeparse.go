// time.Parse and ParseInLocation: the reference layouts, fractions, zones by offset and by
// name, day of year, and the errors as Go 1.19 prints them.
package main

import (
	"errors"
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("err:", err)
		return
	}
	fmt.Println(t, t.Unix(), t.Nanosecond())
}

func main() {
	show(time.Parse("2006-01-02", "2024-02-29"))
	show(time.Parse(time.RFC3339, "2023-10-05T14:30:00Z"))
	show(time.Parse(time.RFC3339, "2023-10-05T14:30:00+02:00"))
	show(time.Parse(time.RFC3339Nano, "2023-10-05T14:30:00.123456789-07:00"))
	show(time.Parse("2006-01-02 15:04:05.000", "2021-03-04 05:06:07.891"))
	show(time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"))
	show(time.Parse("Jan _2 15:04:05", "Mar  7 01:02:03"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"))
	show(time.Parse("2006-01-02T15:04:05", "2021-01-01T10:00:00.5"))
	show(time.Parse("2006-002", "2020-060"))
	show(time.Parse("Monday, January 2 2006", "friday, MARCH 3 2023"))
	show(time.Parse("06-1-2", "99-12-31"))
	show(time.Parse("2006-01-02", "2023-13-01"))
	show(time.Parse("2006-01-02", "2023-02-30"))
	show(time.Parse("2006-01-02", "2023-02-03 extra"))
	show(time.Parse("2006-01-02", "23-02-03"))
	show(time.Parse("15:04", "25:00"))
	show(time.Parse("2006-01-02 MST", "2020-01-02 X"))
	show(time.Parse(time.RFC3339, "bad\x01é"))
	_, err := time.Parse("2006", "x")
	var pe *time.ParseError
	fmt.Println(errors.As(err, &pe), pe.LayoutElem, pe.ValueElem)
	loc := time.FixedZone("EST", -5*3600)
	show(time.ParseInLocation("2006-01-02 15:04", "2022-06-01 12:00", loc))
	t, _ := time.Parse(time.RFC3339, "2023-10-05T14:30:00Z")
	fmt.Println(t.Format(time.RFC1123), t.Weekday(), t.YearDay())
}
