cronexplain -f explain/no-such.crontab
