cronsim sim/nightly.crontab --tz America/New_York --from '2026-03-08 01:00' --to '2026-03-08 03:10' --format ics
