cronexplain --dialect cronie -f explain/cron.d/backup.sh
