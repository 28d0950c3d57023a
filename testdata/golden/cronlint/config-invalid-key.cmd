cronlint config/invalid/jobs.crontab
