cronsim --dialect cronie sim/cron_tz.crontab --tz America/New_York --from 2026-03-28 --to 2026-03-31
