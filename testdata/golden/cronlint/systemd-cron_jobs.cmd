cronlint --dialect systemd-cron --tz America/New_York --enable all lint/dialects.crontab
