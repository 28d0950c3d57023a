cronsim --dialect spring -e '0 30 2 * * *' -e '0 30 1 * * *' --tz America/New_York --from 2026-03-07T12:00 --to 2026-03-09T12:00
