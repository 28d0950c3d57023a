cronsim --dialect cloud-scheduler -e '30 2 * * *' --tz America/New_York --from 2026-03-07T12:00 --to 2026-03-09T12:00
