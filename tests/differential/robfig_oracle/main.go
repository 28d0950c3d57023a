// The kubernetes dialect's differential oracle: robfig/cron v3 as Kubernetes uses it
// (cron.ParseStandard, then Schedule.Next from the time after the previous run).
//
// Requests on standard input, one per line, fields separated by the byte 0x01 (an expression may
// hold blanks and tabs):
//
//	EXPRESSION 0x01 ZONE 0x01 FROM 0x01 COUNT
//
// ZONE is the zone the start time is given in, which plays the kube-controller-manager's own zone
// when the expression has no TZ= or CRON_TZ= prefix; FROM is in Unix seconds. One answer line per
// request:
//
//	ok T1 T2 ...     the first COUNT results of Next, each from the one before, in Unix seconds;
//	                 "none" where Next returns the zero time (robfig gives up), and nothing after
//	error MESSAGE    ParseStandard's error
//	panic MESSAGE    ParseStandard panicked
//	bad REASON       the request itself is malformed
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	cron "github.com/robfig/cron"
)

func parse(expression string) (schedule cron.Schedule, err error, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
			panicked = true
		}
	}()
	schedule, err = cron.ParseStandard(expression)
	return schedule, err, false
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		parts := strings.Split(in.Text(), "\x01")
		if len(parts) != 4 {
			fmt.Fprintln(out, "bad request")
			continue
		}
		zone, err := time.LoadLocation(parts[1])
		if err != nil {
			fmt.Fprintln(out, "bad zone")
			continue
		}
		from, err1 := strconv.ParseInt(parts[2], 10, 64)
		count, err2 := strconv.Atoi(parts[3])
		if err1 != nil || err2 != nil {
			fmt.Fprintln(out, "bad numbers")
			continue
		}
		schedule, err, panicked := parse(parts[0])
		if panicked {
			fmt.Fprintln(out, "panic "+strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		if err != nil {
			fmt.Fprintln(out, "error "+strings.ReplaceAll(err.Error(), "\n", `\n`))
			continue
		}
		line := []string{"ok"}
		t := time.Unix(from, 0).In(zone)
		for i := 0; i < count; i++ {
			t = schedule.Next(t)
			if t.IsZero() {
				line = append(line, "none")
				break
			}
			line = append(line, strconv.FormatInt(t.Unix(), 10))
		}
		fmt.Fprintln(out, strings.Join(line, " "))
	}
}
