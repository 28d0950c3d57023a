cronsim --dialect spring -e '0 30 1 * * *' --tz America/New_York --from 2026-10-31T12:00 --to 2026-11-02T12:00
