cronlint --no-config config/jobs.crontab
