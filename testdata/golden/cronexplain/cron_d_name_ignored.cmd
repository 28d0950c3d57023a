cronexplain -f explain/cron.d/backup.sh
