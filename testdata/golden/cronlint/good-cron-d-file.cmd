cronlint tools/cron.d/backup
