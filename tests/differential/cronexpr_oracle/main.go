// cronkit's differential oracle for the supercronic dialect: Debian's build of the cron
// expression library supercronic schedules with (github.com/gorhill/cronexpr, package
// golang-github-gorhill-cronexpr-dev), driven the way supercronic drives it.
//
// Reads requests from standard input, one per line:
//
//	EXPR <TAB> ZONE <TAB> FROM <TAB> N
//
// (ZONE an IANA name, FROM Unix seconds, N a count) and prints one line per request:
//
//	error <message>    the expression is rejected
//	panic <message>    accepted, but the library panics computing the next time (supercronic crashes)
//	ok T1 T2 ... Tk    accepted; the first k <= N firings in Unix seconds (fewer when it stops
//	                   firing before 2100, the end of the library's year range)
//	bad-request ...    the request itself is malformed (or Next stays behind the clock for
//	                   hours, which no daylight-saving change explains)
//
// supercronic carries its own copy of the library with three changes, which this program
// reproduces in front of Debian's unchanged one (-gorhill turns them off):
//   - more than seven fields is an error (supercronic parses with its ParseStrict);
//   - months 01-09 are months 1-9 (the unchanged library reads them as month 0);
//   - a plain range whose end is below its start (`5-1`, `fri-sun`, dow 7 being 0) is an error
//     (the unchanged library reads it as an empty set; a stepped one, `5-1/2`, stays empty).
//
// Firings are the ones supercronic's loop (cron/cron.go, startFunc) produces for a job that takes
// no time, started at FROM: next = Next(previous scheduled time). Where Next does not move
// forward (a wall time in a daylight-saving gap that time.Date puts an hour earlier, a repeated
// hour), supercronic's loop logs a warning and retries from the current time, again and again,
// until Next gives a time after it; this program steps through those seconds the same way.
// -next prints the plain chain T(i+1) = Next(T(i)) instead, repeats included.
//
// Build without network: GO111MODULE=off GOPATH=/usr/share/gocode go build (see
// ../build_cronexpr_oracle.sh).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gorhill/cronexpr"
)

// The library's @-names, replaced anywhere in the text before it is split into fields (the same
// replacement the library makes, needed here to find the month field).
var specials = strings.NewReplacer(
	"@yearly", "0 0 0 1 1 * *",
	"@annually", "0 0 0 1 1 * *",
	"@monthly", "0 0 0 1 * * *",
	"@weekly", "0 0 0 * * 0 *",
	"@daily", "0 0 0 * * * *",
	"@hourly", "0 0 * * * * *")

// What a plain range item looks like in each field, and the numbers its ends stand for, as the
// library reads them. Only what the range check needs.
type fieldSyntax struct {
	value  string
	number func(string) int
}

var (
	monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	monthLong  = []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	dayNames = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
	dayLong  = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

func plainNumber(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func monthNumber(s string) int {
	for i := range monthNames {
		if s == monthNames[i] || s == monthLong[i] {
			return i + 1
		}
	}
	return plainNumber(s) // with supercronic's change, 01-09 are 1-9
}

// The library's day-of-week table knows `0`..`7` and the names only; anything else the pattern
// lets through (`00`..`07`) is looked up as missing, which is 0.
func dayNumber(s string) int {
	for i := range dayNames {
		if s == dayNames[i] || s == dayLong[i] {
			return i
		}
	}
	if len(s) == 1 && s[0] >= '0' && s[0] <= '7' {
		return int(s[0]-'0') % 7
	}
	return 0
}

var (
	secondOrMinute = fieldSyntax{`0?[0-9]|[1-5][0-9]`, plainNumber}
	hour           = fieldSyntax{`0?[0-9]|1[0-9]|2[0-3]`, plainNumber}
	dayOfMonth     = fieldSyntax{`0?[1-9]|[12][0-9]|3[01]`, plainNumber}
	month          = fieldSyntax{`0?[1-9]|1[012]|` + strings.Join(monthNames, "|") + "|" +
		strings.Join(monthLong, "|"), monthNumber}
	dayOfWeek = fieldSyntax{`0?[0-7]|` + strings.Join(dayNames, "|") + "|" + strings.Join(dayLong, "|"),
		dayNumber}
	year = fieldSyntax{`19[789][0-9]|20[0-9]{2}`, plainNumber}

	fieldFinder = regexp.MustCompile(`\S+`)
	itemFinder  = regexp.MustCompile(`[^,]+`)
	rangeOf     = map[*fieldSyntax]*regexp.Regexp{}
)

// withoutMonthZeros writes a month item's values `01`..`09` as `1`..`9`, which the unchanged
// library then reads as supercronic's copy reads the originals. Steps are left alone: both
// copies read a step with the same number table.
func withoutMonthZeros(item string) string {
	head, step, stepped := strings.Cut(item, "/")
	values := strings.Split(head, "-")
	for i, v := range values {
		if len(v) == 2 && v[0] == '0' && v[1] >= '1' && v[1] <= '9' {
			values[i] = v[1:]
		}
	}
	head = strings.Join(values, "-")
	if stepped {
		return head + "/" + step
	}
	return head
}

func rangePattern(syntax *fieldSyntax) *regexp.Regexp {
	if re, ok := rangeOf[syntax]; ok {
		return re
	}
	re := regexp.MustCompile(`^(` + syntax.value + `)-(` + syntax.value + `)$`)
	rangeOf[syntax] = re
	return re
}

// supercronicText applies supercronic's three changes: it returns the text to hand to the
// unchanged library, or the error supercronic's copy reports first.
func supercronicText(expr string) (string, error) {
	text := specials.Replace(expr)
	spans := fieldFinder.FindAllStringIndex(text, -1)
	if len(spans) > 7 {
		return "", fmt.Errorf("too many fields")
	}
	if len(spans) < 5 {
		return text, nil // the library's own error
	}
	layout := []*fieldSyntax{&secondOrMinute, &hour, &dayOfMonth, &month, &dayOfWeek, &year}
	if len(spans) == 7 {
		layout = append([]*fieldSyntax{&secondOrMinute}, layout...)
	}
	fields := make([]string, len(spans))
	for i, span := range spans {
		fields[i] = text[span[0]:span[1]]
	}
	for i, field := range fields {
		syntax := layout[i]
		items := itemFinder.FindAllString(field, -1)
		for j, item := range items {
			lower := strings.ToLower(item)
			if syntax == &month {
				lower = withoutMonthZeros(lower)
				items[j] = lower
			}
			if m := rangePattern(syntax).FindStringSubmatch(lower); m != nil {
				if syntax.number(m[2]) < syntax.number(m[1]) {
					return "", fmt.Errorf("invalid interval %s", lower)
				}
			}
		}
		if syntax == &month {
			fields[i] = strings.Join(items, ",")
		}
	}
	return strings.Join(fields, " "), nil
}

type result struct {
	times   []int64
	message string // "error ..." or "panic ..." when not ok
}

func evaluate(expr string, loc *time.Location, from int64, count int, forkChanges, plainChain bool) (out result) {
	text := expr
	if forkChanges {
		var err error
		if text, err = supercronicText(expr); err != nil {
			return result{message: "error " + err.Error()}
		}
	}
	e, err := cronexpr.Parse(text)
	if err != nil {
		return result{message: "error " + err.Error()}
	}
	defer func() {
		if r := recover(); r != nil {
			out = result{message: fmt.Sprintf("panic %v", r)}
		}
	}()
	next := func(at int64) (int64, bool) {
		t := e.Next(time.Unix(at, 0).In(loc))
		if t.IsZero() {
			return 0, false
		}
		return t.Unix(), true
	}
	// A retry loop longer than this is not a daylight-saving change; stop rather than spin.
	const maxRetrySeconds = 3 * 3600
	previous := from
	for len(out.times) < count {
		t, ok := next(previous)
		if !ok {
			break
		}
		if !plainChain && t <= previous {
			// supercronic: "job took too long to run"; it retries from the current time, which
			// moves on second by second, until Next is ahead of it.
			for now := previous; t <= now; {
				if now-previous >= maxRetrySeconds {
					return result{message: fmt.Sprintf("bad-request Next() stays behind the clock for %d seconds after %d", maxRetrySeconds, previous)}
				}
				now++
				if t, ok = next(now); !ok {
					return out
				}
			}
		}
		out.times = append(out.times, t)
		previous = t
	}
	return out
}

func main() {
	gorhill := flag.Bool("gorhill", false, "use the library as Debian ships it, without supercronic's three changes")
	plainChain := flag.Bool("next", false, "print T(i+1) = Next(T(i)) instead of supercronic's loop")
	flag.Parse()

	zones := map[string]*time.Location{}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<16), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		parts := strings.Split(in.Text(), "\t")
		if len(parts) != 4 {
			fmt.Fprintln(out, "bad-request want EXPR<TAB>ZONE<TAB>FROM<TAB>N")
			continue
		}
		loc, known := zones[parts[1]]
		if !known {
			var err error
			if loc, err = time.LoadLocation(parts[1]); err != nil {
				fmt.Fprintln(out, "bad-request zone:", err)
				continue
			}
			zones[parts[1]] = loc
		}
		from, err1 := strconv.ParseInt(parts[2], 10, 64)
		count, err2 := strconv.Atoi(parts[3])
		if err1 != nil || err2 != nil || count < 0 {
			fmt.Fprintln(out, "bad-request FROM and N must be integers")
			continue
		}
		r := evaluate(parts[0], loc, from, count, !*gorhill, *plainChain)
		if r.message != "" {
			fmt.Fprintln(out, r.message)
			continue
		}
		fmt.Fprint(out, "ok")
		for _, t := range r.times {
			fmt.Fprint(out, " ", t)
		}
		fmt.Fprintln(out)
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "cronexpr_oracle:", err)
		os.Exit(2)
	}
}
