cronexplain -f explain/cron.d/maintenance
