cronexplain --show-secrets -f secrets/jobs.crontab
