cronlint --enable all secrets/jobs.crontab
