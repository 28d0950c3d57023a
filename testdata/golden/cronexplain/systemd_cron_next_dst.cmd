cronexplain --dialect systemd-cron --next 3 --tz America/New_York --from 2026-10-31T12:00 '30 1 * * *' '30 2 * * *'
