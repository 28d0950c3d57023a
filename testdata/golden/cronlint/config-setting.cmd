cronlint config/jobs.crontab
