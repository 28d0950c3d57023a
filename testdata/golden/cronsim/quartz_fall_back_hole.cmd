cronsim --dialect quartz -e '0 0/15 * * * ?' --tz America/New_York --from 2026-11-01T00:30 --count 6
