cronexplain -f explain/user.crontab
