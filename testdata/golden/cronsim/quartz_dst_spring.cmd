cronsim --dialect quartz -e '0 30 2 * * ?' --tz America/New_York --from 2026-03-06 --count 4
