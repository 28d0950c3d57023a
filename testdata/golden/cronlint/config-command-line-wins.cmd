cronlint --fail-on warning config/jobs.crontab
