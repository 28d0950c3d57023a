cronlint lint/sudo-in-cron.good.crontab --disable all --enable sudo-in-cron
