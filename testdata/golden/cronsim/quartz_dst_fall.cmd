cronsim --dialect quartz -e '0 30 1 * * ?' --tz America/New_York --from 2026-10-30 --count 4
