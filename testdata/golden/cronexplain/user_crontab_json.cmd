cronexplain --format json -f explain/user.crontab
