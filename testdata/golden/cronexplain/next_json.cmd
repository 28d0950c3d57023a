cronexplain --format json -n 3 --tz UTC --from 2026-01-01T00:00:00Z '0 0 13 * 5' '@hourly'
