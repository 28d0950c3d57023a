cronexplain -f config/invalid/jobs.crontab
