cronexplain -f explain/broken.crontab
