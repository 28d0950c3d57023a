cronexplain --dialect quartz -f explain/broken.crontab
