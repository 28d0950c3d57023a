cronexplain --dialect cronie -f explain/cron.d/maintenance
