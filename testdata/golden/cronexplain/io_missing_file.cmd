cronexplain -f tools/no-such.crontab
