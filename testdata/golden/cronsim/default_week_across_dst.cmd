cronsim -e '0 12 * * *' --tz America/New_York --from 2026-03-05
