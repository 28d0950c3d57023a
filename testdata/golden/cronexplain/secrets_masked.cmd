cronexplain -f secrets/jobs.crontab
