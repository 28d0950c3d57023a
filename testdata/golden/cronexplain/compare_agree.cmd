cronexplain --compare systemd-cron,debian --tz Europe/Berlin --from 2026-06-15T12:00 '0 0 29 2 *' '@reboot' '0 0 31 2 *'
