cronsim sim/nightly.crontab sim/cron.d/backup --tz Europe/London --from '2026-10-25 00:00' --to '2026-10-25 03:00' --format csv
