cronsim --dialect systemd-cron -e '30 2 * * *' -e '15 * * * *' --tz America/New_York --from '2026-03-08 00:00' --to '2026-03-08 05:00'
