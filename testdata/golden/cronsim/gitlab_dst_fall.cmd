cronsim --dialect gitlab -e '30 1 * * *' -e '0 * * * *' --tz America/New_York --from 2026-11-01T00:00 --to 2026-11-01T04:00
