cronlint lint/sudo-in-cron.crontab --disable all --enable sudo-in-cron
